import { describe, expect, it } from "vitest";
import { BLOCKED_AFTER_ATTEMPTS, type ConnectionFacts, saveStateOf } from "../../app/collab/save-state";

/** A page that synced, has nothing outstanding and keeps a written local copy. */
const online: ConnectionFacts = {
  connected: true,
  synced: true,
  everConnected: true,
  failedAttempts: 0,
  unconfirmedChanges: false,
  storedLocally: true,
  unavailable: false,
  rightsChanged: false,
  browserOffline: false,
};
const disconnected: ConnectionFacts = { ...online, connected: false, synced: false, failedAttempts: 1 };
const neverConnected: ConnectionFacts = { ...disconnected, everConnected: false };

describe("the save line's state", () => {
  it("says 'gespeichert' when the server confirmed everything, 'wird gesendet' while it has not", () => {
    expect(saveStateOf(online)).toBe("saved");
    expect(saveStateOf({ ...online, unconfirmedChanges: true })).toBe("saving");
  });

  it("says 'lokal gesichert' offline only once the local copy holds every change", () => {
    expect(saveStateOf({ ...disconnected, unconfirmedChanges: true })).toBe("offline-local");
    expect(saveStateOf({ ...disconnected, unconfirmedChanges: true, storedLocally: false })).toBe("offline");
  });

  it("counts a socket that is open but not yet synced as connecting, not as saved", () => {
    expect(saveStateOf({ ...online, synced: false })).toBe("connecting");
    expect(saveStateOf({ ...neverConnected, failedAttempts: 0 })).toBe("connecting");
  });

  it("calls the connection blocked after repeated failures without ever connecting, never after a drop", () => {
    expect(saveStateOf({ ...neverConnected, failedAttempts: BLOCKED_AFTER_ATTEMPTS - 1 })).toBe("offline-local");
    expect(saveStateOf({ ...neverConnected, failedAttempts: BLOCKED_AFTER_ATTEMPTS })).toBe("blocked");
    expect(saveStateOf({ ...disconnected, failedAttempts: BLOCKED_AFTER_ATTEMPTS * 10 })).toBe("offline-local");
  });

  it("puts the server's 'document unavailable' before everything else", () => {
    expect(saveStateOf({ ...online, unavailable: true })).toBe("unavailable");
    expect(saveStateOf({ ...neverConnected, failedAttempts: 99, unavailable: true })).toBe("unavailable");
  });

  it("counts the server's planned reconnect after a change of rights as connecting, not as a lost connection", () => {
    expect(saveStateOf({ ...disconnected, rightsChanged: true })).toBe("connecting");
    expect(saveStateOf({ ...disconnected, rightsChanged: true, unconfirmedChanges: true })).toBe("connecting");
  });

  it("says offline at once when the browser has no network, even before the first attempt failed", () => {
    const reloadedOffline = { ...neverConnected, failedAttempts: 0, browserOffline: true };
    expect(saveStateOf(reloadedOffline)).toBe("offline-local");
    expect(saveStateOf({ ...reloadedOffline, storedLocally: false })).toBe("offline");
    expect(saveStateOf({ ...reloadedOffline, failedAttempts: 0, browserOffline: false })).toBe("connecting");
  });
});
