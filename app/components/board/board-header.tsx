import { Form, Link } from "react-router";
import { useMessages } from "../../i18n/messages";
import { LiveRefresh } from "./live-refresh";

interface BoardHeaderProps {
  event: { id: string; title: string };
  action: string;
  refreshedAt: string;
}

/** The page's heading, its links to the neighbouring moderation pages, the refresh time and undo. */
export function BoardHeader({ event, action, refreshedAt }: BoardHeaderProps) {
  const t = useMessages().board;
  const eventQuery = `?event=${encodeURIComponent(event.id)}`;
  return (
    <div className="board-header">
      <nav aria-label={t.nav.label}>
        <ul className="board-nav">
          <li>
            <Link to="/moderation">{t.nav.moderation}</Link>
          </li>
          <li>
            <Link to={`/moderation/fahrplan${eventQuery}`}>{t.nav.fahrplan}</Link>
          </li>
          <li>
            <Link to="/moderation/search">{t.nav.search}</Link>
          </li>
        </ul>
      </nav>
      <h1>{t.heading(event.title)}</h1>
      <p>{t.intro}</p>
      <div className="board-header-tools">
        <LiveRefresh refreshedAt={refreshedAt} />
        <Form method="post" action={action}>
          <button type="submit" name="intent" value="undo" className="board-secondary">
            {t.undo}
          </button>
        </Form>
      </div>
    </div>
  );
}
