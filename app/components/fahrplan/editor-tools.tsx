import { Form } from "react-router";
import { useMessages } from "../../i18n/messages";

/** Undo of the latest curation action (named by its summary), and publishing the draft as a new version. */
export function EditorTools({ undoSummary, action }: { undoSummary: string | null; action: string }) {
  const t = useMessages().fahrplan.editor;
  return (
    <section className="fahrplan-tools" aria-label={t.toolsLabel}>
      {undoSummary && (
        <Form method="post" action={action} preventScrollReset>
          <input type="hidden" name="intent" value="undo" />
          <button type="submit" className="secondary-button">
            {t.undo(undoSummary)}
          </button>
        </Form>
      )}
      <Form method="post" action={action} preventScrollReset className="publish-form">
        <input type="hidden" name="intent" value="publish" />
        <button type="submit" aria-describedby="publish-hint">
          {t.publish}
        </button>
        <p id="publish-hint" className="hint">
          {t.publishHint}
        </p>
      </Form>
    </section>
  );
}
