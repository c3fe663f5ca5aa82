import { deBoard } from "../../i18n/de-board";
import { useLiveRevalidation } from "./use-live-revalidation";

/**
 * The clock of the event's region, not the browser's: the server renders the same text, so hydration
 * matches, and everyone at the event reads the same time.
 */
const timeFormat = new Intl.DateTimeFormat("de-DE", { timeStyle: "medium", timeZone: "Europe/Berlin" });

/**
 * Keeps the board live and says when its data was loaded. Not a live region: announcing the time every
 * five seconds would drown everything else a screen reader says.
 */
export function LiveRefresh({ refreshedAt }: { refreshedAt: string }) {
  useLiveRevalidation();
  return (
    <p className="board-refresh hint">
      {deBoard.refresh.lastRefresh}{" "}
      <time dateTime={refreshedAt}>{deBoard.refresh.time(timeFormat.format(new Date(refreshedAt)))}</time>
      <span className="visually-hidden"> {deBoard.refresh.hint}</span>
    </p>
  );
}
