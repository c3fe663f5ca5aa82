import { useCallback, useEffect, useRef, useState } from "react";
import { useFetcher } from "react-router";
import type { TrackVoting } from "../../../server/contributions/voting";
import type { TrackVotingSignal } from "../../../shared/track-phase";
import type { clientLoader as votesLoader } from "../../routes/track-votes";

/**
 * The voting state of a track as this viewer may see it, kept current by the pushed track state (issue
 * #14): the panel fetches its own view only when the push says that something it shows has changed —
 * the settings, a contribution it lists, or (for those who see counts) the tally. Nothing is polled.
 *
 * A fetch never aborts one in flight (each aborted request was a wasted round trip on the congress Wi-Fi):
 * a push that arrives meanwhile is answered by one more fetch once the first has returned.
 */
export function useLiveVoting(
  votesUrl: string,
  initial: TrackVoting | null,
  signal: TrackVotingSignal,
  /** The page is reloading its data (a new phase): the panel will start afresh from it, fetching is waste. */
  pageFollows = false,
) {
  const fetcher = useFetcher<typeof votesLoader>();
  const { load, state } = fetcher;
  const busy = useRef(false);
  const again = useRef(false);
  busy.current = state !== "idle";
  const reload = useCallback(() => {
    if (busy.current) again.current = true;
    else void load(votesUrl);
  }, [load, votesUrl]);
  useEffect(() => {
    if (state !== "idle" || !again.current) return;
    again.current = false;
    void load(votesUrl);
  }, [state, load, votesUrl]);

  const [voting, setVoting] = useState(initial);
  const latest = fetcher.data;
  // A fetched view is shown once, when it arrives: a vote's answer shown after it must not be replaced by
  // it again. (Adjusting state during rendering, not in an effect, avoids showing the old state once more.)
  const [adopted, setAdopted] = useState(latest);
  if (latest !== adopted) {
    setAdopted(latest);
    if (latest && !("unreachable" in latest)) setVoting(latest);
  }
  const unreachable = latest !== undefined && "unreachable" in latest;

  // What this view shows, and so what may make it stale: the list (while voting is open, or with counts),
  // and the counts (for those who see them). A participant's closed panel is not fetched for others' writing.
  const seesCounts = voting === null || voting.counts !== null;
  const listsContributions = seesCounts || voting.open;
  useReloadOnPush(signal, reload, { contributions: listsContributions, tally: seesCounts }, pageFollows);
  // Without a first state (the projector's tally) the view is fetched once when shown.
  useEffect(() => {
    if (initial === null) reload();
  }, [initial, reload]);
  return { voting, unreachable, replace: setVoting };
}

/**
 * Calls `reload` when the pushed signal differs from the one this view was shown with. The settings always
 * count; the two revisions only where the view shows what they count (`watches`).
 */
function useReloadOnPush(
  signal: TrackVotingSignal,
  reload: () => void,
  watches: { contributions: boolean; tally: boolean },
  pageFollows: boolean,
) {
  const shown = [
    signal.open,
    signal.countsVisible,
    signal.budget,
    signal.maxPerItem,
    watches.contributions ? signal.contributions : null,
    watches.tally ? signal.tally : null,
  ].join(" ");
  const seen = useRef(shown);
  useEffect(() => {
    if (shown === seen.current) return;
    seen.current = shown;
    if (!pageFollows) reload();
  }, [shown, reload, pageFollows]);
}
