import { data, Link } from "react-router";
import { moderatesTrack, trackAccess } from "../../server/auth/principal";
import { authorOf } from "../../server/contributions/authors";
import { trackVoting } from "../../server/contributions/voting";
import { readTrackState } from "../../server/track-phases/track-state";
import { presenceColorFor } from "../../shared/presence-colors";
import { requireTrackAccess } from "../auth/track-access.server";
import { PrivateWritingPanel } from "../components/private-writing/private-writing-panel";
import { TrackPhasePanel } from "../components/track-phase/track-phase-panel";
import { useLiveTrackState } from "../components/track-phase/use-live-track-state";
import { TrackWorkspace } from "../components/track-workspace";
import { VotingPanel } from "../components/voting/voting-panel";
import { useMessages } from "../i18n/messages";
import type { Route } from "./+types/track";

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData ? `${loaderData.track.title} – Fahrplan` : "Fahrplan" }];
}

/**
 * The track's page for everyone with access to it: participants of its event, its moderators, observers.
 * Whether the editor writes is decided here for the page and, independently, by the server at the
 * collaboration upgrade.
 */
export function loader({ context, params, request }: Route.LoaderArgs) {
  const { principal, track } = requireTrackAccess(context, request, params);
  const access = trackAccess(principal, track);
  const identity =
    principal.kind === "participant"
      ? { name: principal.displayName, color: principal.color }
      : principal.kind === "account"
        ? { name: principal.displayName, color: presenceColorFor(principal.userId) }
        : null;
  // The voting panel's first state comes with the page; the panel keeps it current from the votes route.
  const trackUrl = `/events/${encodeURIComponent(track.event.slug)}/tracks/${encodeURIComponent(track.slug)}`;
  const voting = {
    votesUrl: `${trackUrl}/votes`,
    canModerate: moderatesTrack(principal, track),
    isParticipant: principal.kind === "participant",
    initial: trackVoting(context.db, track.id, principal),
  };
  // New blocks carry this author from the start, so the server's attribution has nothing to correct (a
  // correction arriving while someone types into the new block would re-render it under their cursor).
  const author = authorOf(principal);
  const workshop = {
    initial: readTrackState(context.db, track.id) ?? notFound(),
    // The controls are for the track's moderators (the server checks again); the projector link for them
    // and for observers, whose link is what a projector opens.
    stateUrl: voting.canModerate ? `${trackUrl}/state` : null,
    projectorUrl: voting.canModerate || principal.kind === "observer" ? `${trackUrl}/projector` : null,
  };
  return { track, access, identity, author, voting, workshop };
}

function notFound(): never {
  throw data(null, { status: 404 });
}

export default function TrackPage({ loaderData }: Route.ComponentProps) {
  const t = useMessages();
  const { track, access, identity, author, voting, workshop } = loaderData;
  const live = useLiveTrackState(track.documentName, workshop.initial);
  // In the phase Abstimmen voting is what the room does: the panel comes right after the phase banner.
  const votingFirst = live.state.phase === "vote";
  const votingPanel = voting.initial && (
    <VotingPanel
      // A new phase may open or close the voting: the panel starts afresh from the page's new data.
      key={track.phase}
      votesUrl={voting.votesUrl}
      initial={voting.initial}
      signal={live.state.voting}
      canModerate={voting.canModerate}
      isParticipant={voting.isParticipant}
      pageFollows={live.state.phase !== track.phase}
    />
  );
  return (
    <main id="inhalt" className="page page-wide">
      <p>
        <Link to="/">{t.track.backToEvent}</Link>
      </p>
      <p className="event-meta">{track.event.title}</p>
      <h1>{track.title}</h1>
      {voting.canModerate && (
        <p>
          <Link to="history">{t.history.linkFromTrack}</Link>
        </p>
      )}
      <section aria-labelledby="subtopics-heading" className="subtopics">
        <h2 id="subtopics-heading" className="visually-hidden">
          {t.track.subtopics}
        </h2>
        <ul>
          {track.subtopics.map((subtopic) => (
            <li key={subtopic}>{subtopic}</li>
          ))}
        </ul>
      </section>
      <TrackPhasePanel documentName={track.documentName} {...workshop} />
      {votingFirst && votingPanel}
      {/* In the closed phase the banner above says why the document cannot be written. */}
      {access === "read" && track.phase !== "closed" && <p className="notice">{t.track.readOnly}</p>}
      <TrackWorkspace
        documentName={track.documentName}
        trackTitle={track.title}
        identity={identity}
        author={author}
        editable={access === "write"}
      />
      <PrivateWritingPanel
        eventSlug={track.event.slug}
        trackSlug={track.slug}
        trackTitle={track.title}
        identity={identity}
        author={author}
      />
      {!votingFirst && votingPanel}
    </main>
  );
}
