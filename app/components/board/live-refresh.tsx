import { useMessages } from "../../i18n/messages";
import { useLiveRevalidation } from "./use-live-revalidation";

/**
 * Keeps the board live and says when its data was loaded. Not a live region: announcing the time every
 * five seconds would drown everything else a screen reader says.
 */
export function LiveRefresh({ refreshedAt }: { refreshedAt: string }) {
  const t = useMessages();
  useLiveRevalidation();
  return (
    <p className="board-refresh hint">
      {t.board.refresh.lastRefresh}{" "}
      <time dateTime={refreshedAt}>
        {
          // The clock of the event's region, not the browser's (see format.ts): server and browser agree.
          t.board.refresh.time(t.format.time(refreshedAt))
        }
      </time>
      <span className="visually-hidden"> {t.board.refresh.hint}</span>
    </p>
  );
}
