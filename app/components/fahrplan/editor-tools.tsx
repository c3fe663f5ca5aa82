import { Form, Link } from "react-router";
import { useMessages } from "../../i18n/messages";

interface EditorToolsProps {
  undoSummary: string | null;
  action: string;
  publishHref: string;
}

/** Undo of the latest curation action (named by its summary), and the way to publishing the next Fassung. */
export function EditorTools({ undoSummary, action, publishHref }: EditorToolsProps) {
  const messages = useMessages();
  const t = messages.fahrplan.editor;
  const publish = messages.publication.publish;
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
      <div className="publish-link">
        <Link to={publishHref} className="button" aria-describedby="publish-hint">
          {publish.link}
        </Link>
        <p id="publish-hint" className="hint">
          {t.publishHint} {publish.linkHint}
        </p>
      </div>
    </section>
  );
}
