import { useId } from "react";
import { useFetcher } from "react-router";
import { MAX_TIMER_MINUTES, TRACK_PHASES, type TrackState } from "../../../shared/track-phase";
import { useMessages } from "../../i18n/messages";
import type { clientAction as stateAction } from "../../routes/track-state";
import { FormError, FormField } from "../form-field";

interface WorkshopControlsProps {
  /** The track's state route (`…/tracks/:trackSlug/state`). */
  stateUrl: string;
  state: TrackState;
}

/**
 * The moderators' controls on the track page: the phase and the timer.
 * Plain forms (they work without JavaScript too); with JavaScript they post in the background, and the
 * new state reaches this page, like every other page of the track, over the collaboration channel.
 */
export function WorkshopControls({ stateUrl, state }: WorkshopControlsProps) {
  const t = useMessages().workshop.controls;
  const phases = useMessages().workshop.phases;
  const errors = useMessages().workshop.errors;
  const headingId = useId();
  const fetcher = useFetcher<typeof stateAction>();
  const answer = fetcher.data;
  const failure = answer && "error" in answer ? answer : null;
  const saved = fetcher.state === "idle" && answer !== undefined && failure === null;
  return (
    <section aria-labelledby={headingId} className="workshop-controls">
      <h2 id={headingId}>{t.heading}</h2>
      <FormError message={failure && errors[failure.reason]} />
      <fetcher.Form method="post" action={stateUrl}>
        <input type="hidden" name="intent" value="phase" />
        <fieldset>
          <legend>{t.phaseHeading}</legend>
          <p className="hint">{t.phaseHint}</p>
          <ol className="phase-steps">
            {TRACK_PHASES.map((phase) => (
              <li key={phase}>
                {phase === state.phase ? (
                  <span className="phase-step-current" aria-current="step">
                    {t.current(phases[phase])}
                  </span>
                ) : (
                  <button type="submit" name="phase" value={phase}>
                    {t.switchTo(phases[phase])}
                  </button>
                )}
              </li>
            ))}
          </ol>
        </fieldset>
      </fetcher.Form>
      <fetcher.Form method="post" action={stateUrl} className="timer-form" aria-label={t.timerHeading}>
        <h3>{t.timerHeading}</h3>
        <input type="hidden" name="intent" value="timer-start" />
        <FormField
          label={t.minutes}
          name="minutes"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_TIMER_MINUTES}
          step={1}
          required
          defaultValue={Math.round(state.timer.durationMs / 60_000)}
          hint={t.minutesHint}
          error={failure?.fieldErrors?.minutes}
        />
        <button type="submit">{t.start}</button>
      </fetcher.Form>
      {state.timer.endsAt !== null && (
        <fetcher.Form method="post" action={stateUrl}>
          <input type="hidden" name="intent" value="timer-stop" />
          <button type="submit">{t.stop}</button>
        </fetcher.Form>
      )}
      {saved && (
        <p role="status" className="workshop-saved">
          {t.saved}
        </p>
      )}
    </section>
  );
}
