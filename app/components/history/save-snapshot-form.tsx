import { Form } from "react-router";
import { MAX_SNAPSHOT_NAME } from "../../forms/history-schemas";
import { useMessages } from "../../i18n/messages";
import { FormField } from "../form-field";

/** "Stand speichern": freezes the document as it is now, with an optional name. */
export function SaveSnapshotForm({ error }: { error: string | null }) {
  const t = useMessages().history.save;
  return (
    <section aria-labelledby="history-save-heading" className="history-save">
      <h2 id="history-save-heading">{t.heading}</h2>
      <Form method="post">
        <input type="hidden" name="intent" value="save" />
        <FormField label={t.name} name="name" hint={t.nameHint} error={error} maxLength={MAX_SNAPSHOT_NAME} />
        <button type="submit">{t.submit}</button>
      </Form>
    </section>
  );
}
