import { Link } from "react-router";
import { JoinQrCode } from "../components/join-qr-code";
import { PresenterDocument } from "../components/projector/presenter-document";
import { ProjectorTally } from "../components/projector/projector-tally";
import { PhaseBanner } from "../components/track-phase/phase-banner";
import { useLiveTrackState } from "../components/track-phase/use-live-track-state";
import { useMessages } from "../i18n/messages";
import { metaMessages } from "../i18n/meta-messages";
import type { Route } from "./+types/track-projector";
import "../projector.css";

/** A presenter view: the site's header and footer are left out (root.tsx), the wall shows only the workshop. */
export const handle = { presenter: true };

export function meta({ loaderData, matches }: Route.MetaArgs) {
  const t = metaMessages(matches);
  return [{ title: loaderData ? t.workshop.projector.title(loaderData.track.title) : "Fahrplan" }];
}

/**
 * The projector view of a track: the live document (read-only here, whoever looks), the phase, the timer,
 * the vote tally once revealed, and the QR code to join. For the wall of the workshop room; opened with an
 * observer link, and open to everyone else who may see the track.
 */
export { loadTrackProjector as loader } from "./track-projector.server";

export default function TrackProjector({ loaderData }: Route.ComponentProps) {
  const t = useMessages();
  const { track, state, joinUrl, votesUrl, trackUrl } = loaderData;
  const live = useLiveTrackState(track.documentName, state);
  // The tally has its place only while there is voting to show; before, the wall belongs to the document.
  const { open, countsVisible } = live.state.voting;
  return (
    <main id="inhalt" className="projector">
      <header className="projector-head">
        <div className="projector-titles">
          <p className="projector-event">{track.event.title}</p>
          <h1>{track.title}</h1>
        </div>
        <PhaseBanner live={live} />
        <Link to={trackUrl} className="projector-back">
          {t.workshop.projector.backToTrack}
        </Link>
      </header>
      <div className="projector-body">
        <PresenterDocument documentName={track.documentName} trackTitle={track.title} />
        <aside className="projector-side" aria-label={t.workshop.projector.sideLabel}>
          {(open || countsVisible) && <ProjectorTally votesUrl={votesUrl} signal={live.state.voting} />}
          {joinUrl && (
            <section aria-labelledby="projector-join" className="projector-join">
              <h2 id="projector-join">{t.workshop.projector.joinHeading}</h2>
              <JoinQrCode
                eventSlug={track.event.slug}
                trackSlug={track.slug}
                joinUrl={joinUrl}
                trackTitle={track.title}
              />
            </section>
          )}
        </aside>
      </div>
    </main>
  );
}
