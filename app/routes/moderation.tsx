import { Link } from "react-router";
import { useMessages } from "../i18n/messages";
import { metaMessages } from "../i18n/meta-messages";
import type { Route } from "./+types/moderation";

export function meta({ matches }: Route.MetaArgs) {
  return [{ title: `${metaMessages(matches).moderation.title} – Fahrplan` }];
}

/** The events and tracks this account moderates. Participants and observers get 403. */
export { loadModeration as loader } from "./moderation.server";

export default function Moderation({ loaderData }: Route.ComponentProps) {
  const t = useMessages();
  return (
    <main id="inhalt" className="page">
      <h1>{t.moderation.title}</h1>
      <p>{t.moderation.intro}</p>
      <p>
        <Link to="/moderation/search">{t.search.title}</Link>
      </p>
      {loaderData.events.length === 0 && <p>{t.moderation.none}</p>}
      {loaderData.events.map((event) => (
        <section key={event.id} aria-labelledby={`moderation-${event.id}`}>
          <h2 id={`moderation-${event.id}`}>{event.title}</h2>
          <p>
            <Link to={`/moderation/fahrplan?event=${encodeURIComponent(event.id)}`}>{t.fahrplan.links.edit}</Link>
            {" · "}
            <Link to={`/events/${encodeURIComponent(event.slug)}/plenum`}>{t.plenary.link}</Link>
          </p>
          <p>
            <Link to={`/moderation/board?event=${encodeURIComponent(event.id)}`}>{t.board.linkFromModeration}</Link>
          </p>
          <ul className="track-list">
            {event.tracks.map((track) => (
              <li key={track.id}>
                <Link to={`/events/${event.slug}/tracks/${track.slug}`} className="track-card">
                  <span className="track-title">{track.title}</span>
                  <span className="track-subtopics">
                    {track.access === "write" ? t.moderation.write : t.moderation.read}
                    {` · ${t.workshop.moderationPhase(t.workshop.phases[track.phase])}`}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}
