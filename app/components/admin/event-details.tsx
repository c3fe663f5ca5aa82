import { Form } from "react-router";
import { useMessages } from "../../i18n/messages";
import { FormError, FormField } from "../form-field";
import type { Rejection } from "./form-rejection";

/** The saved details of an event that its form edits. */
export interface EventDetailsValues {
  title: string;
  startsOn: string;
  venue: string;
}

export function EventDetails({ event, errors }: { event: EventDetailsValues; errors: Rejection | null }) {
  const t = useMessages();
  return (
    <section aria-labelledby="details-heading" className="admin-section">
      <h2 id="details-heading">{t.admin.event.detailsHeading}</h2>
      {/* Keyed by the saved values, so that the fields show what was saved after each change. */}
      <Form
        method="post"
        className="card stacked-form"
        noValidate
        key={`${event.title}\n${event.startsOn}\n${event.venue}`}
      >
        <input type="hidden" name="intent" value="update-event" />
        <FormError message={errors?.formError} />
        <FormField
          label={t.admin.event.eventTitle}
          name="title"
          defaultValue={event.title}
          error={errors?.fieldErrors.title}
          required
          maxLength={200}
        />
        <FormField
          label={t.admin.event.startsOn}
          name="startsOn"
          type="date"
          defaultValue={event.startsOn}
          error={errors?.fieldErrors.startsOn}
          required
        />
        <FormField
          label={t.admin.event.venue}
          name="venue"
          defaultValue={event.venue}
          error={errors?.fieldErrors.venue}
          required
          maxLength={200}
        />
        <button type="submit">{t.admin.event.saveDetails}</button>
      </Form>
    </section>
  );
}
