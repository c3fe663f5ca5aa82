import { useEffect, useId, useState } from "react";
import { useFetcher } from "react-router";
import type { TrackVoting, VotingContribution } from "../../../server/contributions/voting";
import { excerptOf } from "../../../shared/excerpt";
import type { VotingRefusalReason } from "../../../shared/i18n/de-voting";
import type { TrackVotingSignal } from "../../../shared/track-phase";
import { MAX_VOTE_BUDGET } from "../../../shared/voting-limits";
import { useMessages } from "../../i18n/messages";
import type { clientAction as votesAction } from "../../routes/track-votes";
import { FormError, FormField } from "../form-field";
import { useLiveVoting } from "./use-live-voting";
import "./voting.css";

/** How much of a contribution names it in a button's accessible name. */
const NAME_LENGTH = 60;

interface VotingPanelProps {
  /** The votes route of the track (`…/tracks/:trackSlug/votes`). */
  votesUrl: string;
  /** The state when the page was rendered. */
  initial: TrackVoting;
  /** The track's pushed voting signal: the panel fetches again only when it changes. */
  signal: TrackVotingSignal;
  /** Moderates this track: sees the settings form and the counts always. */
  canModerate: boolean;
  /** A participant of the track's event: may vote. */
  isParticipant: boolean;
  /** The pushed phase is not yet the page's: the page reloads, and the panel is shown afresh with it. */
  pageFollows: boolean;
}

type VoteFetcherData = ReturnType<typeof useFetcher<typeof votesAction>>["data"];

/**
 * The message of a refused request, if the last answer was one: by its reason, in the visitor's language
 * (the route's own text is German; the field errors are shown through the catalogue by FormField).
 */
function failureOf(
  data: VoteFetcherData,
  refusals: Record<VotingRefusalReason, string>,
): { error: string; fieldErrors: Record<string, string> } | null {
  if (!data || !("error" in data)) return null;
  return { error: refusals[data.reason] ?? data.error, fieldErrors: data.fieldErrors ?? {} };
}

/**
 * What the server would refuse anyway, known from the state shown: such a button is marked as unavailable
 * (but stays focusable, so that keyboard focus is not lost) and explains itself instead of submitting.
 */
function foreseeableRefusal(voting: TrackVoting, contributionId: string, change: 1 | -1): VotingRefusalReason | null {
  const mine = voting.mine[contributionId] ?? 0;
  if (change === -1) return mine === 0 ? "nothing-to-remove" : null;
  if (mine >= voting.maxPerItem) return "item-limit";
  if ((voting.remaining ?? 0) <= 0) return "budget-exhausted";
  return null;
}

/** A successful vote or settings change answers with the new state: it is shown at once. */
function useAnsweredState(data: VoteFetcherData, replace: (voting: TrackVoting) => void) {
  useEffect(() => {
    if (data && !("error" in data)) replace(data);
  }, [data, replace]);
}

/** Dot voting on the track's contributions, below the document on the track page. */
export function VotingPanel({ votesUrl, initial, signal, canModerate, isParticipant, pageFollows }: VotingPanelProps) {
  const t = useMessages().voting;
  const headingId = useId();
  const live = useLiveVoting(votesUrl, initial, signal, pageFollows);
  const { unreachable, replace } = live;
  const voting = live.voting ?? initial;
  const vote = useFetcher<typeof votesAction>();
  useAnsweredState(vote.data, replace);
  const [localError, setLocalError] = useState<string | null>(null);

  const canVote = isParticipant && voting.open;
  const showList = canVote || voting.counts !== null;

  function submitVote(contributionId: string, change: 1 | -1) {
    const refusal = foreseeableRefusal(voting, contributionId, change);
    if (refusal) {
      setLocalError(t.refusals[refusal]);
      return;
    }
    setLocalError(null);
    void vote.submit({ intent: "vote", contributionId, change: String(change) }, { method: "post", action: votesUrl });
  }

  const error = localError ?? failureOf(vote.data, t.refusals)?.error ?? null;
  return (
    <section aria-labelledby={headingId} className="voting-panel">
      <h2 id={headingId}>{t.heading}</h2>
      {/* No live region: the editor's connection status above already announces a lost connection. */}
      {unreachable && error !== t.refusals.unreachable && <p className="notice">{t.refusals.unreachable}</p>}
      {canModerate && <VotingSettingsForm votesUrl={votesUrl} voting={voting} replace={replace} />}
      {voting.open ? isParticipant && <p className="hint">{t.intro}</p> : <p className="notice">{t.closed}</p>}
      {canVote && (
        <>
          <p role="status" className="voting-remaining">
            {t.remaining(voting.remaining ?? 0, voting.budget)}
          </p>
          <p className="hint">{t.limits(voting.maxPerItem)}</p>
        </>
      )}
      <FormError message={error} />
      {showList &&
        (voting.contributions.length === 0 ? (
          <p>{t.noContributions}</p>
        ) : (
          <ol className="voting-list" aria-label={t.listLabel} aria-busy={vote.state !== "idle"}>
            {voting.contributions.map((contribution) => (
              <VotingItem
                key={contribution.id}
                contribution={contribution}
                mine={voting.mine[contribution.id] ?? 0}
                total={voting.counts ? (voting.counts[contribution.id] ?? 0) : null}
                canVote={canVote}
                addRefused={canVote && foreseeableRefusal(voting, contribution.id, 1) !== null}
                removeRefused={canVote && foreseeableRefusal(voting, contribution.id, -1) !== null}
                onVote={(change) => submitVote(contribution.id, change)}
              />
            ))}
          </ol>
        ))}
      {isParticipant && !voting.open && voting.counts === null && voting.contributions.length > 0 && (
        <p className="hint">{t.countsHiddenNote}</p>
      )}
    </section>
  );
}

interface VotingItemProps {
  contribution: VotingContribution;
  mine: number;
  /** All votes on it, or null while the counts are hidden from the viewer. */
  total: number | null;
  canVote: boolean;
  addRefused: boolean;
  removeRefused: boolean;
  onVote(change: 1 | -1): void;
}

function VotingItem({ contribution, mine, total, canVote, addRefused, removeRefused, onVote }: VotingItemProps) {
  const t = useMessages().voting;
  const name = excerptOf(contribution.text, NAME_LENGTH);
  return (
    <li className="voting-item">
      <div className="voting-item-content">
        <span className={`voting-kind voting-kind-${contribution.kind}`}>{t.kinds[contribution.kind]}</span>
        <p className="voting-text">{contribution.text}</p>
        {contribution.authorName && (
          <p className="voting-author">{t.by(contribution.authorName, contribution.authorOrganisation)}</p>
        )}
      </div>
      <div className="voting-item-votes">
        {canVote && (
          <div className="voting-buttons">
            <button
              type="button"
              className="voting-button"
              aria-label={t.removeVote(name)}
              aria-disabled={removeRefused || undefined}
              onClick={() => onVote(-1)}
            >
              –
            </button>
            <span className="voting-mine">{t.mine(mine)}</span>
            <button
              type="button"
              className="voting-button"
              aria-label={t.addVote(name)}
              aria-disabled={addRefused || undefined}
              onClick={() => onVote(1)}
            >
              +
            </button>
          </div>
        )}
        {total !== null && <span className="voting-total">{t.total(total)}</span>}
      </div>
    </li>
  );
}

interface VotingSettingsFormProps {
  votesUrl: string;
  voting: TrackVoting;
  replace: (voting: TrackVoting) => void;
}

/** Moderators open and close voting and set its limits. */
function VotingSettingsForm({ votesUrl, voting, replace }: VotingSettingsFormProps) {
  const { settings: t, refusals } = useMessages().voting;
  const headingId = useId();
  const settings = useFetcher<typeof votesAction>();
  useAnsweredState(settings.data, replace);
  const failure = failureOf(settings.data, refusals);
  const saved = settings.state === "idle" && settings.data !== undefined && failure === null;
  return (
    <settings.Form method="post" action={votesUrl} className="voting-settings" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.heading}</h3>
      <input type="hidden" name="intent" value="settings" />
      <FormError message={failure?.error} />
      <label className="voting-checkbox">
        <input type="checkbox" name="open" value="on" defaultChecked={voting.open} /> {t.open}
      </label>
      <VoteCountField
        label={t.budget}
        name="budget"
        value={voting.budget}
        hint={t.budgetHint}
        error={failure?.fieldErrors.budget}
      />
      <VoteCountField
        label={t.maxPerItem}
        name="maxPerItem"
        value={voting.maxPerItem}
        hint={t.maxPerItemHint}
        error={failure?.fieldErrors.maxPerItem}
      />
      <label className="voting-checkbox">
        <input type="checkbox" name="countsVisible" value="on" defaultChecked={voting.countsVisible} />{" "}
        {t.countsVisible}
      </label>
      <div>
        <button type="submit">{t.save}</button>
      </div>
      {saved && (
        <p role="status" className="voting-saved">
          {t.saved}
        </p>
      )}
    </settings.Form>
  );
}

/** A number of votes, from 1 to the largest budget the server accepts. */
function VoteCountField(props: { label: string; name: string; value: number; hint: string; error?: string }) {
  return (
    <FormField
      label={props.label}
      name={props.name}
      type="number"
      inputMode="numeric"
      min={1}
      max={MAX_VOTE_BUDGET}
      step={1}
      required
      defaultValue={props.value}
      hint={props.hint}
      error={props.error}
    />
  );
}
