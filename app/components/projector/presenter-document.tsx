import { useEffect, useId, useRef } from "react";
import { useMessages } from "../../i18n/messages";
import { TrackWorkspace } from "../track-workspace";
import { usePresenterPaging } from "./use-presenter-paging";

/**
 * The track's live document on the wall, in large type, paging through by itself (issue #14.2). The
 * moderator pauses with the button; a presenter's remote (PageDown/PageUp) turns pages by hand.
 */
export function PresenterDocument({ documentName, trackTitle }: { documentName: string; trackTitle: string }) {
  const t = useMessages().workshop.projector;
  const headingId = useId();
  const viewport = useRef<HTMLDivElement>(null);
  const { page, pages, paused, togglePause, turn } = usePresenterPaging(viewport);
  usePageKeys(turn);
  return (
    <section aria-labelledby={headingId} className="projector-document">
      <h2 id={headingId} className="visually-hidden">
        {t.documentHeading}
      </h2>
      <div ref={viewport} className="projector-viewport">
        <TrackWorkspace
          documentName={documentName}
          trackTitle={trackTitle}
          identity={null}
          author={null}
          editable={false}
        />
      </div>
      {pages > 1 && (
        <div className="projector-paging">
          <p className="projector-page">{t.page(page + 1, pages)}</p>
          <button type="button" className="projector-pause" aria-pressed={paused} onClick={togglePause}>
            {t.pausePaging}
          </button>
          <p className="hint">{paused ? t.pagingPaused : t.pagingHint}</p>
        </div>
      )}
    </section>
  );
}

/** PageDown and PageUp anywhere on the page, as a presenter's remote sends them. */
function usePageKeys(turn: (by: 1 | -1) => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === "PageDown") turn(1);
      else if (event.key === "PageUp") turn(-1);
      else return;
      event.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [turn]);
}
