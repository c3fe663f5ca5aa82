import { Link } from "react-router";
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
export { loadTrack as loader } from "./track.server";

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
