/**
 * What the save line above the editor says, decided from plain facts about the connection and the local
 * copy. A pure function, so that every combination can be tested without a browser (ADR 013).
 */

export type SaveState =
  /** The first connection is being made; nothing has failed yet. */
  | "connecting"
  /** Connected, and changes of this browser wait for the server's confirmation ("wird gesendet"). */
  | "saving"
  /** Connected, and the server confirmed everything this browser changed ("gespeichert (Server)"). */
  | "saved"
  /** Not connected, and the changes are in this page's memory only (no local copy, or not yet written). */
  | "offline"
  /** Not connected, and every change is written to the local copy in IndexedDB ("offline – lokal gesichert"). */
  | "offline-local"
  /** The socket never opened after several attempts: something between browser and server blocks it. */
  | "blocked"
  /** The server refuses the document because it cannot read it (it says so with a close code). */
  | "unavailable";

export interface ConnectionFacts {
  /** The socket is open. */
  connected: boolean;
  /** The first sync on the open socket is complete. */
  synced: boolean;
  /** The socket was open at least once since the page loaded. */
  everConnected: boolean;
  /** Connection attempts that failed in a row (y-websocket's counter, reset by a successful sync). */
  failedAttempts: number;
  /** Changes of this browser that the server has not confirmed yet. */
  unconfirmedChanges: boolean;
  /** The local copy is loaded and every change so far is written to it; false without a local copy. */
  storedLocally: boolean;
  /** The server closed the socket with "document unavailable". */
  unavailable: boolean;
  /**
   * The server closed the socket because this person's rights changed (a phase switch to or from
   * Abgeschlossen): a planned reconnect with the new rights, not a lost connection.
   */
  rightsChanged: boolean;
  /**
   * The browser says it has no network (`navigator.onLine` is false), as after reloading a page offline: no
   * attempt can succeed, so the page says "offline" at once instead of "connecting" for as long as it lasts.
   */
  browserOffline: boolean;
}

/**
 * After this many failed attempts without a single open socket, the page says that the connection is
 * blocked. With y-websocket's backoff (200 ms, doubling, at most 2.5 s) that is about three seconds: long
 * enough to ride out a restart that is already finishing, short enough that nobody stares at "connecting".
 */
export const BLOCKED_AFTER_ATTEMPTS = 5;

export function saveStateOf(facts: ConnectionFacts): SaveState {
  if (facts.unavailable) return "unavailable";
  if (facts.connected && facts.synced) return facts.unconfirmedChanges ? "saving" : "saved";
  if (facts.browserOffline && !facts.connected) return facts.storedLocally ? "offline-local" : "offline";
  if (facts.rightsChanged) return "connecting";
  if (!facts.everConnected && facts.failedAttempts >= BLOCKED_AFTER_ATTEMPTS) return "blocked";
  // Open but not yet synced, or the very first attempt still running: nothing has gone wrong yet.
  if (facts.connected || (!facts.everConnected && facts.failedAttempts === 0)) return "connecting";
  return facts.storedLocally ? "offline-local" : "offline";
}
