import { Link } from "react-router";
import { useMessages } from "../i18n/messages";
import type { Route } from "./+types/home";

export function meta() {
  return [{ title: "Fahrplan" }];
}

export { loadHome as loader } from "./home.server";

export default function Home({ loaderData }: Route.ComponentProps) {
  const t = useMessages();
  return (
    <main id="inhalt" className="page">
      <h1>{t.appName}</h1>
      {loaderData.events.length === 0 && <p>{t.home.noEvents}</p>}
      {!loaderData.signedIn && (
        <aside className="card" aria-label={t.nav.join}>
          <p>{t.home.joinPrompt}</p>
          <p>
            <Link to="/join" className="button">
              {t.home.joinAction}
            </Link>
          </p>
          <p className="hint">
            {t.home.loginPrompt} <Link to="/login">{t.home.loginAction}</Link>
          </p>
        </aside>
      )}
      {loaderData.events.map((event) => (
        <section key={event.id} aria-labelledby={`event-${event.id}`} className="event">
          <h2 id={`event-${event.id}`}>{event.title}</h2>
          <p className="event-meta">
            {t.dateFormat(event.startsOn)} · {event.venue}
          </p>
          <p>
            <Link to={`/fahrplan/${encodeURIComponent(event.slug)}`}>{t.fahrplan.links.published}</Link>
          </p>
          {event.plenary && (
            <p className={event.plenary.open ? "notice" : undefined}>
              <Link to={event.plenary.path}>{t.plenary.link}</Link>
              {event.plenary.open && ` – ${t.plenary.status.open}`}
            </p>
          )}
          <h3>{t.home.tracksHeading}</h3>
          <ol className="track-list">
            {event.tracks.map((track) => (
              <li key={track.id}>
                <Link to={`/events/${event.slug}/tracks/${track.slug}`} className="track-card">
                  <span className="track-title">{track.title}</span>
                  <span className="track-subtopics">{track.subtopics.join(" · ")}</span>
                </Link>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </main>
  );
}
