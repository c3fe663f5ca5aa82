import { Link } from "react-router";
import { useMessages } from "../../i18n/messages";
import { metaMessages } from "../../i18n/meta-messages";
import type { Route } from "./+types/index";
import "../../admin.css";

export function meta({ matches }: Route.MetaArgs) {
  const t = metaMessages(matches);
  return [{ title: `${t.admin.title} – Fahrplan` }];
}

export { loadAdminIndex as loader } from "./index.server";

export default function AdminOverview({ loaderData }: Route.ComponentProps) {
  const t = useMessages();
  const { events } = loaderData;
  return (
    <main id="inhalt" className="page page-wide admin-page">
      <h1>{t.admin.title}</h1>
      <p>{t.admin.index.intro}</p>

      <section aria-labelledby="events-heading" className="admin-section">
        <h2 id="events-heading">{t.admin.index.eventsHeading}</h2>
        {events.length === 0 ? (
          <p>{t.admin.index.noEvents}</p>
        ) : (
          <div className="admin-table-wrapper">
            <table className="admin-table" aria-labelledby="events-heading">
              <thead>
                <tr>
                  <th scope="col">{t.admin.index.eventColumn}</th>
                  <th scope="col">{t.admin.index.dateColumn}</th>
                  <th scope="col">{t.admin.index.venueColumn}</th>
                  <th scope="col">{t.admin.index.actionsColumn}</th>
                </tr>
              </thead>
              <tbody>
                {events.map((event) => (
                  <tr key={event.id}>
                    <th scope="row">{event.title}</th>
                    <td>{t.dateFormat(event.startsOn)}</td>
                    <td>{event.venue}</td>
                    <td>
                      <ul className="admin-inline-list">
                        <li>
                          <Link to={`/admin/events/${event.id}`}>
                            {t.admin.index.editEvent}
                            <span className="visually-hidden">{t.admin.forItem(event.title)}</span>
                          </Link>
                        </li>
                        <li>
                          <Link to={`/admin/events/${event.id}/participants`}>
                            {t.admin.index.participants}
                            <span className="visually-hidden">{t.admin.forItem(event.title)}</span>
                          </Link>
                        </li>
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <nav aria-labelledby="more-heading" className="admin-section">
        <h2 id="more-heading">{t.admin.index.moreHeading}</h2>
        <ul>
          <li>
            <Link to="/admin/moderators">{t.admin.index.moderators}</Link>
          </li>
          <li>
            <Link to="/admin/audit">{t.admin.index.audit}</Link>
          </li>
        </ul>
      </nav>
    </main>
  );
}
