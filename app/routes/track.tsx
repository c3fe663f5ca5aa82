import { data, Link } from "react-router";
import { findTrack } from "../../db/queries/tracks";
import { TrackWorkspace } from "../components/track-workspace";
import { useMessages } from "../i18n/messages";
import type { Route } from "./+types/track";

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData ? `${loaderData.track.title} – Fahrplan` : "Fahrplan" }];
}

export function loader({ context, params }: Route.LoaderArgs) {
  const track = findTrack(context.db, params.eventSlug, params.trackSlug);
  if (!track) throw data(null, { status: 404 });
  return { track };
}

export default function TrackPage({ loaderData }: Route.ComponentProps) {
  const t = useMessages();
  const { track } = loaderData;
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
      <TrackWorkspace documentName={track.documentName} trackTitle={track.title} />
    </main>
  );
}
