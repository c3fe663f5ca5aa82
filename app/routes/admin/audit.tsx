import { Link } from "react-router";
import { useMessages } from "../../i18n/messages";
import { metaMessages } from "../../i18n/meta-messages";
import type { Route } from "./+types/audit";
import "../../admin.css";

export function meta({ matches }: Route.MetaArgs) {
  const t = metaMessages(matches);
  return [{ title: `${t.admin.audit.title} – Fahrplan` }];
}

/** The latest audit entries, with account and event names looked up for reading. */
export { loadAdminAudit as loader } from "./audit.server";

export default function AdminAudit({ loaderData }: Route.ComponentProps) {
  const t = useMessages();
  const actionLabels: Record<string, string | undefined> = t.admin.audit.actions;
  const actorLabel = (entry: { actor: string; actorName: string | null }) => {
    if (entry.actorName) return entry.actorName;
    if (entry.actor === "system") return t.admin.audit.system;
    if (entry.actor === "anonymous") return t.admin.audit.anonymous;
    return entry.actor;
  };
  return (
    <main id="inhalt" className="page page-wide admin-page">
      <p>
        <Link to="/admin">{t.admin.backToOverview}</Link>
      </p>
      <h1>{t.admin.audit.title}</h1>
      <p>{t.admin.audit.intro}</p>
      {loaderData.entries.length === 0 ? (
        <p>{t.admin.audit.none}</p>
      ) : (
        <div className="admin-table-wrapper">
          <table className="admin-table">
            <caption className="visually-hidden">{t.admin.audit.intro}</caption>
            <thead>
              <tr>
                <th scope="col">{t.admin.audit.timeColumn}</th>
                <th scope="col">{t.admin.audit.actionColumn}</th>
                <th scope="col">{t.admin.audit.actorColumn}</th>
                <th scope="col">{t.admin.audit.eventColumn}</th>
                <th scope="col">{t.admin.audit.detailsColumn}</th>
              </tr>
            </thead>
            <tbody>
              {loaderData.entries.map((entry) => (
                <tr key={entry.id}>
                  <td className="admin-nowrap">{t.admin.dateTime(entry.at)}</td>
                  <td>{actionLabels[entry.action] ?? entry.action}</td>
                  <td>{actorLabel(entry)}</td>
                  <td>{entry.eventTitle ?? entry.eventId ?? "–"}</td>
                  <td>
                    <code className="admin-details">{entry.details}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
