import { data, Link } from "react-router";
import { findTrack } from "../../db/queries/tracks";
import { moderatesTrack, trackAccess } from "../../server/auth/principal";
import { authorOf } from "../../server/contributions/authors";
import { trackVoting } from "../../server/contributions/voting";
import { presenceColorFor } from "../../shared/presence-colors";
import { requirePrincipal } from "../auth/guards.server";
import { TrackWorkspace } from "../components/track-workspace";
import { VotingPanel } from "../components/voting-panel";
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
  const principal = requirePrincipal(context, request);
  const track = findTrack(context.db, params.eventSlug, params.trackSlug);
  if (!track) throw data(null, { status: 404 });
  const access = trackAccess(principal, track);
  if (access === "none") throw data(null, { status: 403 });
  const identity =
    principal.kind === "participant"
      ? { name: principal.displayName, color: principal.color }
      : principal.kind === "account"
        ? { name: principal.displayName, color: presenceColorFor(principal.userId) }
        : null;
  // The voting panel's first state comes with the page; the panel keeps it current from the votes route.
  const voting = {
    votesUrl: `/events/${encodeURIComponent(track.event.slug)}/tracks/${encodeURIComponent(track.slug)}/votes`,
    canModerate: moderatesTrack(principal, track),
    isParticipant: principal.kind === "participant",
    initial: trackVoting(context.db, track.id, principal),
  };
  // New blocks carry this author from the start, so the server's attribution has nothing to correct (a
  // correction arriving while someone types into the new block would re-render it under their cursor).
  const author = authorOf(principal);
  return { track, access, identity, author, voting };
}

export default function TrackPage({ loaderData }: Route.ComponentProps) {
  const t = useMessages();
  const { track, access, identity, author, voting } = loaderData;
  return (
    <main id="inhalt" className="page page-wide">
      <p>
        <Link to="/">{t.track.backToEvent}</Link>
      </p>
      <p className="event-meta">{track.event.title}</p>
      <h1>{track.title}</h1>
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
      {access === "read" && <p className="notice">{track.locked ? t.track.locked : t.track.readOnly}</p>}
      <TrackWorkspace
        documentName={track.documentName}
        trackTitle={track.title}
        identity={identity}
        author={author}
        editable={access === "write"}
      />
      {voting.initial && (
        <VotingPanel
          votesUrl={voting.votesUrl}
          initial={voting.initial}
          canModerate={voting.canModerate}
          isParticipant={voting.isParticipant}
        />
      )}
    </main>
  );
}
