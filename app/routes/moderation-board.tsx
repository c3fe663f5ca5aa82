import { data, redirect } from "react-router";
import { findEvent } from "../../db/queries/administration";
import { listEventsWithTracks } from "../../db/queries/tracks";
import { moderatesInEvent } from "../../server/auth/principal";
import { requireAccount, requireModeratorIn } from "../auth/guards.server";
import { loadBoardData } from "../components/board/board-data.server";
import { withinEvent } from "../components/board/board-filter";
import { BoardFilters } from "../components/board/board-filters";
import { BoardHeader } from "../components/board/board-header";
import { BoardTable } from "../components/board/board-table";
import { DuplicateSuggestions } from "../components/board/duplicate-suggestions";
import { DoneMessage } from "../components/done-message";
import { FormError } from "../components/form-field";
import { parseBoardFilters } from "../forms/board-schemas";
import { messagesFor } from "../i18n/locale.server";
import { useMessages } from "../i18n/messages";
import { metaMessages } from "../i18n/meta-messages";
import type { Route } from "./+types/moderation-board";
import { performBoardIntent, statusOf } from "./moderation-board.server";
import "../board.css";

/**
 * The moderation board of one event (`?event=<id>`): every contribution with its votes and curation
 * status, filters, likely duplicates, and the curation actions (server/fahrplan/curation.ts). The event
 * always comes from the URL, never from a form, and is checked on every request.
 */

const BOARD_PATH = "/moderation/board";

export function meta({ loaderData, matches }: Route.MetaArgs) {
  const t = metaMessages(matches).board;
  return [{ title: `${loaderData ? t.heading(loaderData.event.title) : t.title} – Fahrplan` }];
}

export function loader({ context, request }: Route.LoaderArgs) {
  const account = requireAccount(context, request);
  const url = new URL(request.url);
  const moderated = listEventsWithTracks(context.db).filter((event) => moderatesInEvent(account, event.id));
  const eventId = url.searchParams.get("event") || moderated[0]?.id;
  // Nothing to moderate: the moderation page says so.
  if (!eventId) throw redirect("/moderation");
  requireModeratorIn(context, request, eventId);
  const event = moderated.find((each) => each.id === eventId);
  if (!event) throw data(null, { status: 404 });

  const filters = withinEvent(
    parseBoardFilters(url.searchParams),
    event.tracks.map((track) => track.id),
  );
  // Posting back to the page as it is (filters included), with the event made explicit.
  url.searchParams.set("event", event.id);
  return {
    event: { id: event.id, title: event.title },
    events: moderated.map(({ id, title }) => ({ id, title })),
    tracks: event.tracks.map(({ id, title }) => ({ id, title })),
    filters,
    ...loadBoardData(context.db, event.id, filters),
    action: `${BOARD_PATH}?${url.searchParams}`,
    refreshedAt: new Date().toISOString(),
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const url = new URL(request.url);
  const eventId = url.searchParams.get("event");
  if (!eventId) {
    requireAccount(context, request);
    return data({ error: messagesFor(request).board.errors.noEvent, reason: "malformed" as const }, { status: 400 });
  }
  const account = requireModeratorIn(context, request, eventId);
  // Admins moderate every event, even one that does not exist; the curation functions expect a real one.
  if (!findEvent(context.db, eventId)) throw data(null, { status: 404 });

  const outcome = await performBoardIntent({ db: context.db, actor: account, eventId }, request);
  // No redirect: the page's data is loaded again anyway, and the answer says what was done (issue #14.7).
  if (outcome.ok) return { done: outcome.done };
  return data({ error: outcome.message, reason: outcome.reason }, { status: statusOf(outcome.reason) });
}

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
        action={action}
      />
      <DuplicateSuggestions suggestions={loaderData.suggestions} action={action} />
    </main>
  );
}
