import { useId } from "react";
import { useMessages } from "../../i18n/messages";
import type { usePrivateWriting } from "./use-private-writing";

interface ModeratorControlsProps {
  live: ReturnType<typeof usePrivateWriting>;
  actionUrl: string;
}

/**
 * The moderators' switch and "Aufdecken". Plain forms (they work without JavaScript as well); their answer
 * is announced in a live region. Switching on is offered only in the collect phase, as the server allows.
 */
export function ModeratorControls({ live, actionUrl }: ModeratorControlsProps) {
  const t = useMessages().privateWriting;
  const hintId = useId();
  const { state, action, failure, done } = live;
  if (!state) return null;
  const busy = action.state !== "idle";
  const canSwitchOn = state.phase === "collect";
  return (
    <div className="private-writing-controls">
      <p>{state.enabled ? t.moderator.on : t.moderator.off}</p>
      {!state.enabled && !canSwitchOn && <p className="hint">{t.moderator.onlyInCollect}</p>}
      <div className="button-row">
        {(state.enabled || canSwitchOn) && (
          <action.Form method="post" action={actionUrl}>
            <input type="hidden" name="intent" value="settings" />
            <input type="hidden" name="enabled" value={state.enabled ? "off" : "on"} />
            <button type="submit" disabled={busy}>
              {state.enabled ? t.moderator.switchOff : t.moderator.switchOn}
            </button>
          </action.Form>
        )}
        {state.enabled && (
          <action.Form method="post" action={actionUrl}>
            <input type="hidden" name="intent" value="reveal" />
            <button type="submit" disabled={busy} aria-describedby={hintId}>
              {t.moderator.reveal}
            </button>
          </action.Form>
        )}
      </div>
      {state.enabled && (
        <p id={hintId} className="hint">
          {t.moderator.revealHint}
        </p>
      )}
      <p role="status" aria-live="polite" className={failure ? "error" : "hint"}>
        {failure ?? done ?? ""}
      </p>
    </div>
  );
}
