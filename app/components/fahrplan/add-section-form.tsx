import { Form } from "react-router";
import { useMessages } from "../../i18n/messages";
import { FormError, FormField } from "../form-field";
import type { FahrplanRefusal } from "./action-data";

/** Adds a section at the end of the Fahrplan. */
export function AddSectionForm({ action, refusal }: { action: string; refusal: FahrplanRefusal | null }) {
  const t = useMessages().fahrplan.editor.addSection;
  return (
    <section className="fahrplan-add-section" aria-labelledby="add-section-heading">
      <h2 id="add-section-heading">{t.heading}</h2>
      <Form method="post" action={action} preventScrollReset className="stacked-form">
        <input type="hidden" name="intent" value="add-section" />
        <FormError message={refusal?.error} />
        <FormField label={t.label} name="title" required maxLength={200} error={refusal?.fieldErrors.title} />
        <button type="submit">{t.submit}</button>
      </Form>
    </section>
  );
}
