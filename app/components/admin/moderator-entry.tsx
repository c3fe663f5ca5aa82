import { Form } from "react-router";
import { useMessages } from "../../i18n/messages";
import { ConfirmButton } from "../confirm-button";
import { Checkbox } from "./checkbox";
import { scopeTrackField } from "./scope-track-field";

/** What one moderator moderates within one event, by titles. */
export interface ScopeSummary {
  eventId: string;
  eventTitle: string;
  wholeEvent: boolean;
  trackIds: string[];
  trackTitles: string[];
}

/** A moderator's account with what they moderate. */
export interface ModeratorSummary {
  id: string;
  email: string;
  displayName: string;
  disabled: boolean;
  scopes: ScopeSummary[];
}

/** The event whose scope forms are shown, with the tracks a scope form offers. */
export interface ScopeEvent {
  id: string;
  title: string;
  tracks: { id: string; title: string }[];
}

export function ModeratorEntry({
  moderator,
  selectedEvent,
}: {
  moderator: ModeratorSummary;
  selectedEvent: ScopeEvent | null;
}) {
  const t = useMessages();
  const headingId = `moderator-${moderator.id}`;
  const current = selectedEvent ? moderator.scopes.find((scope) => scope.eventId === selectedEvent.id) : undefined;
  return (
    <article aria-labelledby={headingId} className="admin-moderator">
      <h3 id={headingId}>
        {moderator.displayName} <span className="hint">({moderator.email})</span>
      </h3>
      {moderator.disabled && <p className="error">{t.admin.moderators.disabled}</p>}
      <h4>{t.admin.moderators.assignmentsHeading}</h4>
      {moderator.scopes.length === 0 ? (
        <p>{t.admin.moderators.noAssignments}</p>
      ) : (
        <ul>
          {moderator.scopes.map((scope) => (
            <li key={scope.eventId}>
              {scope.eventTitle}: {scope.wholeEvent ? t.admin.moderators.wholeEvent : scope.trackTitles.join(", ")}
            </li>
          ))}
        </ul>
      )}

      {selectedEvent && (
        // Keyed by the saved scope, so that the checkboxes show what was saved after each change.
        <Form
          method="post"
          className="stacked-form"
          key={`${selectedEvent.id}:${current?.wholeEvent}:${current?.trackIds.join(",")}`}
        >
          <input type="hidden" name="intent" value="set-moderator-scope" />
          <input type="hidden" name="userId" value={moderator.id} />
          <input type="hidden" name="eventId" value={selectedEvent.id} />
          <fieldset>
            <legend>{t.admin.moderators.scopeLegend(selectedEvent.title)}</legend>
            <p className="hint">{t.admin.moderators.scopeHint}</p>
            <Checkbox
              name="wholeEvent"
              label={t.admin.moderators.wholeEvent}
              defaultChecked={current?.wholeEvent ?? false}
            />
            {selectedEvent.tracks.map((track) => (
              <Checkbox
                key={track.id}
                name={scopeTrackField(track.id)}
                label={track.title}
                defaultChecked={current?.trackIds.includes(track.id) ?? false}
              />
            ))}
          </fieldset>
          <button type="submit">
            {t.admin.moderators.saveScope}
            <span className="visually-hidden">{t.admin.forItem(moderator.displayName)}</span>
          </button>
        </Form>
      )}

      <Form method="post" className="stacked-form">
        <input type="hidden" name="intent" value="demote-moderator" />
        <input type="hidden" name="userId" value={moderator.id} />
        <p id={`${headingId}-demote`} className="hint">
          {t.admin.moderators.demoteHint}
        </p>
        <ConfirmButton
          question={t.admin.moderators.demoteConfirm(moderator.displayName)}
          aria-describedby={`${headingId}-demote`}
        >
          {t.admin.moderators.demote}
          <span className="visually-hidden">{t.admin.forItem(moderator.displayName)}</span>
        </ConfirmButton>
      </Form>
    </article>
  );
}
