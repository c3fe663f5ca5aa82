import { useEffect, useId, useState, useSyncExternalStore } from "react";
import type { Awareness } from "y-protocols/awareness";
import { useMessages } from "../i18n/messages";

interface PresentUser {
  clientId: number;
  name: string;
  color: string;
  isSelf: boolean;
}

/**
 * Who has this track open right now, from the collaboration channel's presence (awareness). The visible
 * list is not a live region; a hidden status line says how many others are there, so that a screen
 * reader hears comings and goings as one short summary, never each cursor move.
 */
export function PresenceList({ awareness }: { awareness: Awareness }) {
  const t = useMessages();
  const users = usePresentUsers(awareness);
  // Counted without oneself, not from the list's length: an observer is not in the list at all.
  const othersNow = users.filter((user) => !user.isSelf).length;
  const others = useSettledCount(othersNow);
  // A page may show several documents (the track's and private drafts), each with its own list.
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="presence">
      <h2 id={headingId}>{t.presence.heading}</h2>
      <ul>
        {users.map((user) => (
          <li key={user.clientId}>
            <span className="presence-dot" style={{ backgroundColor: user.color }} aria-hidden="true" />
            {user.name} {user.isSelf && <span className="presence-self">{t.presence.you}</span>}
          </li>
        ))}
      </ul>
      {othersNow === 0 && <p className="hint">{t.presence.nobodyElse}</p>}
      <p role="status" className="visually-hidden">
        {others === null ? "" : t.a11y.othersPresent(others)}
      </p>
    </section>
  );
}

/** While people come and go in a burst, a screen reader hears only the count once it has settled. */
const ANNOUNCE_AFTER_MS = 1500;

/**
 * `count`, changed only after it has stayed the same for a moment; null until then, so that a page that is
 * still learning who is there (the first presence messages) never says "nobody else" meanwhile.
 */
function useSettledCount(count: number): number | null {
  const [settled, setSettled] = useState<number | null>(null);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(count), ANNOUNCE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [count]);
  return settled;
}

function usePresentUsers(awareness: Awareness): PresentUser[] {
  const snapshot = useSyncExternalStore(
    (listener) => {
      awareness.on("change", listener);
      return () => awareness.off("change", listener);
    },
    () => presenceSnapshot(awareness),
  );
  return JSON.parse(snapshot) as PresentUser[];
}

/** A string snapshot, so that React re-renders only when someone came, left or renamed. */
function presenceSnapshot(awareness: Awareness): string {
  const users: PresentUser[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    const user = (state as { user?: { name?: unknown; color?: unknown } }).user;
    if (typeof user?.name !== "string") continue;
    users.push({
      clientId,
      name: user.name.slice(0, 60),
      color: typeof user.color === "string" && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : "#6b7280",
      isSelf: clientId === awareness.clientID,
    });
  }
  users.sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name, "de"));
  return JSON.stringify(users);
}
