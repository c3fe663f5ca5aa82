import { useMessages } from "../../i18n/messages";

/** Minutes and seconds, `12:05`; whole seconds rounded up so that `0:00` only shows at the very end. */
function clockText(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/**
 * The remaining time, for everyone in the room. It is a `timer` (not read out every second); the end is
 * announced once by the phase banner's live region, and shown here calmly: the colour changes, no sound.
 */
export function TrackTimer({ remainingMs }: { remainingMs: number | null }) {
  const t = useMessages().workshop.timer;
  if (remainingMs === null) return <p className="track-timer track-timer-idle">{t.notRunning}</p>;
  const ended = remainingMs <= 0;
  return (
    <div className={ended ? "track-timer track-timer-ended" : "track-timer"} data-ended={ended}>
      <span className="track-timer-label">{t.label}</span>
      <span role="timer" className="track-timer-clock" aria-label={t.label}>
        {clockText(remainingMs)}
      </span>
      {ended && <span className="track-timer-note">{t.ended}</span>}
    </div>
  );
}
