import { useMessages } from "../../i18n/messages";
import { ChooseEvent } from "./moderator-choose-event";
import { ModeratorEntry, type ModeratorSummary, type ScopeEvent } from "./moderator-entry";

export function ModeratorList({
  events,
  selectedEvent,
  moderators,
}: {
  events: { id: string; title: string }[];
  selectedEvent: ScopeEvent | null;
  moderators: ModeratorSummary[];
}) {
  const t = useMessages();
  return (
    <section aria-labelledby="moderators-heading" className="admin-section">
      <h2 id="moderators-heading">{t.admin.moderators.listHeading}</h2>
      {selectedEvent ? (
        <ChooseEvent events={events} selectedId={selectedEvent.id} />
      ) : (
        <p>{t.admin.moderators.noEvents}</p>
      )}
      {moderators.length === 0 && <p>{t.admin.moderators.none}</p>}
      {moderators.map((moderator) => (
        <ModeratorEntry key={moderator.id} moderator={moderator} selectedEvent={selectedEvent} />
      ))}
    </section>
  );
}
