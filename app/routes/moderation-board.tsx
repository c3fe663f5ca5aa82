import { BoardFilters } from "../components/board/board-filters";
import { BoardHeader } from "../components/board/board-header";
import { BoardTable } from "../components/board/board-table";
import { DuplicateSuggestions } from "../components/board/duplicate-suggestions";
import { DoneMessage } from "../components/done-message";
import { FormError } from "../components/form-field";
import { useMessages } from "../i18n/messages";
import { metaMessages } from "../i18n/meta-messages";
import type { Route } from "./+types/moderation-board";
import "../board.css";

/**
 * The moderation board of one event (`?event=<id>`): every contribution with its votes and curation
 * status, filters, likely duplicates, and the curation actions (server/fahrplan/curation.ts). The event
 * always comes from the URL, never from a form, and is checked on every request.
 */

export function meta({ loaderData, matches }: Route.MetaArgs) {
  const t = metaMessages(matches).board;
  return [{ title: `${loaderData ? t.heading(loaderData.event.title) : t.title} – Fahrplan` }];
}

export { loadModerationBoard as loader, performModerationBoardAction as action } from "./moderation-board.server";

export default function ModerationBoard({ loaderData, actionData }: Route.ComponentProps) {
  const t = useMessages();
  const { event, action } = loaderData;
  return (
    <main id="inhalt" className="page page-wide board-page">
      <BoardHeader event={event} action={action} refreshedAt={loaderData.refreshedAt} />
      <FormError message={actionData && "error" in actionData ? actionData.error : null} />
      <DoneMessage
        answer={actionData}
        message={actionData && "done" in actionData ? t.board.done[actionData.done] : null}
      />
      <BoardFilters
        eventId={event.id}
        events={loaderData.events}
        tracks={loaderData.tracks}
        filters={loaderData.filters}
      />
      <BoardTable
        rows={loaderData.rows}
        total={loaderData.total}
        refs={loaderData.refs}
        entries={loaderData.entries}
        similar={loaderData.similar}
        action={action}
      />
      <DuplicateSuggestions suggestions={loaderData.suggestions} action={action} />
    </main>
  );
}
