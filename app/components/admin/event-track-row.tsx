import { Form } from "react-router";
import { TRACK_PHASES, type TrackPhase } from "../../../shared/track-phase";
import { useMessages } from "../../i18n/messages";
import { FormError, FormField, TextAreaField } from "../form-field";
import type { ErrorsOf } from "./form-rejection";

/** A track as the event page shows it. */
export interface EventTrack {
  id: string;
  title: string;
  subtopics: string[];
  phase: TrackPhase;
  /** The link that fills in the join code and leads straight to the track; null without a join code. */
  joinUrl: string | null;
}

export function TrackRow({
  track,
  position,
  isLast,
  errorsOf,
}: {
  track: EventTrack;
  position: number;
  isLast: boolean;
  errorsOf: ErrorsOf;
}) {
  const t = useMessages();
  const editErrors = errorsOf(`update-track:${track.id}`);
  const moveError = errorsOf(`move-track:${track.id}`)?.formError;
  const phaseError = errorsOf(`set-track-phase:${track.id}`)?.formError;
  // Buttons in a table need the track's name, for screen readers, beyond their visible word.
  const forTrack = <span className="visually-hidden">{t.admin.forItem(track.title)}</span>;
  return (
    <tr>
      <td>{position}</td>
      <td>
        <Form method="post" className="stacked-form" noValidate key={`${track.title}\n${track.subtopics.join("\n")}`}>
          <input type="hidden" name="intent" value="update-track" />
          <input type="hidden" name="trackId" value={track.id} />
          <FormError message={editErrors?.formError} />
          <FormField
            label={t.admin.event.trackTitle}
            name="title"
            defaultValue={track.title}
            error={editErrors?.fieldErrors.title}
            required
            maxLength={200}
          />
          <TextAreaField
            label={t.admin.event.subtopics}
            name="subtopics"
            hint={t.admin.event.subtopicsHint}
            error={editErrors?.fieldErrors.subtopics}
            defaultValue={track.subtopics.join("\n")}
            rows={Math.max(3, track.subtopics.length + 1)}
          />
          <button type="submit">
            {t.admin.event.saveTrack}
            {forTrack}
          </button>
        </Form>
      </td>
      <td>
        <Form method="post" className="admin-button-column">
          <input type="hidden" name="intent" value="move-track" />
          <input type="hidden" name="trackId" value={track.id} />
          <FormError message={moveError} />
          {/* The pressed button sends the direction. */}
          <button type="submit" name="direction" value="up" disabled={position === 1}>
            {t.admin.event.moveUp}
            {forTrack}
          </button>
          <button type="submit" name="direction" value="down" disabled={isLast}>
            {t.admin.event.moveDown}
            {forTrack}
          </button>
        </Form>
      </td>
      <td>
        {/* The phase, closed included, is the one switch (ADR 008): admins set it here, moderators on the track. */}
        <Form method="post" className="stacked-form">
          <input type="hidden" name="intent" value="set-track-phase" />
          <input type="hidden" name="trackId" value={track.id} />
          <FormError message={phaseError} />
          <label>
            {t.workshop.admin.phaseLabel}
            {forTrack}
            <select
              name="phase"
              defaultValue={track.phase}
              key={track.phase}
              className={track.phase === "closed" ? "admin-state-locked" : undefined}
            >
              {TRACK_PHASES.map((phase) => (
                <option key={phase} value={phase}>
                  {t.workshop.phases[phase]}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">
            {t.workshop.admin.setPhase}
            {forTrack}
          </button>
        </Form>
      </td>
    </tr>
  );
}
