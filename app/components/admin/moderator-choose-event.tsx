import { Form } from "react-router";
import { useMessages } from "../../i18n/messages";

/** Which event's scope the forms below set; a plain GET form, so that it works without client-side code. */
export function ChooseEvent({ events, selectedId }: { events: { id: string; title: string }[]; selectedId: string }) {
  const t = useMessages();
  return (
    <Form method="get" className="admin-inline-form" aria-labelledby="choose-event-heading">
      <h3 id="choose-event-heading" className="visually-hidden">
        {t.admin.moderators.chooseEventHeading}
      </h3>
      <label htmlFor="choose-event">{t.admin.moderators.chooseEvent}</label>
      <select id="choose-event" name="event" defaultValue={selectedId} aria-describedby="choose-event-hint">
        {events.map((event) => (
          <option key={event.id} value={event.id}>
            {event.title}
          </option>
        ))}
      </select>
      <button type="submit">{t.admin.moderators.chooseEventSubmit}</button>
      <p id="choose-event-hint" className="hint">
        {t.admin.moderators.chooseEventHint}
      </p>
    </Form>
  );
}
