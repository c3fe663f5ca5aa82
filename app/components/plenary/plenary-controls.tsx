import { Link, useFetcher } from "react-router";
import type { PlenaryView } from "../../../server/plenary/plenary-view";
import { useMessages } from "../../i18n/messages";

interface PlenaryControlsProps {
  view: PlenaryView;
  /** Every entry of the draft in order, for stepping the projector forward and back. */
  entryIds: string[];
  projectorUrl: string;
  editorUrl: string | null;
  publishUrl: string | null;
}

/** What the event's moderators steer: opening and closing, the projector, and the ways to edit and publish. */
export function PlenaryControls({ view, entryIds, projectorUrl, editorUrl, publishUrl }: PlenaryControlsProps) {
  const t = useMessages().plenary;
  const fetcher = useFetcher<{ done?: string; error?: string }>();
  const status = view.plenary?.status ?? null;
  const projected = view.plenary?.projectedEntryId ?? null;
  const index = projected ? entryIds.indexOf(projected) : -1;
  const project = (entryId: string | undefined) =>
    fetcher.submit({ intent: "project", entryId: entryId ?? "" }, { method: "post" });
  return (
    <section className="plenary-controls" aria-labelledby="plenary-controls-heading">
      <h2 id="plenary-controls-heading">{t.moderation.heading}</h2>
      {status !== "open" ? (
        <fetcher.Form method="post">
          <input type="hidden" name="intent" value="open" />
          <button type="submit" aria-describedby="plenary-open-hint">
            {status === "closed" ? t.moderation.reopen : t.moderation.open}
          </button>
          <p id="plenary-open-hint" className="hint">
            {t.moderation.openHint}
          </p>
        </fetcher.Form>
      ) : (
        <>
          <div className="button-row">
            <button
              type="button"
              className="secondary-button"
              disabled={index <= 0}
              onClick={() => project(entryIds[index - 1])}
            >
              {t.moderation.previous}
            </button>
            <button
              type="button"
              className="secondary-button"
              disabled={index >= entryIds.length - 1}
              onClick={() => project(entryIds[index + 1])}
            >
              {t.moderation.next}
            </button>
            <button type="button" className="secondary-button" disabled={!projected} onClick={() => project(undefined)}>
              {t.moderation.stopProjecting}
            </button>
          </div>
          <fetcher.Form
            method="post"
            onSubmit={(event) => {
              if (!window.confirm(t.moderation.closeHint)) event.preventDefault();
            }}
          >
            <input type="hidden" name="intent" value="close" />
            <button type="submit" className="danger-button" aria-describedby="plenary-close-hint">
              {t.moderation.close}
            </button>
            <p id="plenary-close-hint" className="hint">
              {t.moderation.closeHint}
            </p>
          </fetcher.Form>
        </>
      )}
      <p role="status">
        {fetcher.data?.error ?? (fetcher.data?.done ? t.done[fetcher.data.done as keyof typeof t.done] : "")}
      </p>
      <ul className="plenary-links">
        <li>
          <Link to={projectorUrl} target="_blank">
            {t.moderation.projector}
          </Link>
        </li>
        {editorUrl && (
          <li>
            <Link to={editorUrl}>{t.moderation.editFahrplan}</Link>
          </li>
        )}
        {publishUrl && status !== "open" && (
          <li>
            <Link to={publishUrl}>{t.moderation.publish}</Link>
          </li>
        )}
      </ul>
    </section>
  );
}
