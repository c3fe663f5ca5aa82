import { describe, expect, it } from "vitest";
import { CloseCode } from "../../shared/collab-protocol";
import type { CollabClient } from "../support/collab-client";
import { closeCodeOf } from "../support/raw-socket";
import { until } from "../support/wait";
import { attackerSocket, awarenessFrame, settle } from "./frames";
import { hostileServer } from "./hostile-server";

const setting = hostileServer();
const { server } = setting;

/** The name the server gives the attacker's presence: the display name of the session (hostile-server.ts). */
const SESSION_NAME = "Angreiferin";

type Presence = { user?: { name?: string; color?: string }; [key: string]: unknown };

function stateOf(watcher: CollabClient, clientId: number): Presence | undefined {
  return watcher.provider.awareness.getStates().get(clientId) as Presence | undefined;
}

/** Resolves once the watcher has a presence for `clientId` that satisfies `condition`. */
function whenPresence(watcher: CollabClient, clientId: number, condition: (state: Presence) => boolean, what: string) {
  const { awareness } = watcher.provider;
  return until(
    (onChange) => {
      awareness.on("update", onChange);
      return () => awareness.off("update", onChange);
    },
    () => {
      const state = stateOf(watcher, clientId);
      return state !== undefined && condition(state);
    },
    what,
  );
}

/** Counts the presence updates the watcher receives for `clientId`. */
function countUpdates(watcher: CollabClient, clientId: number): { readonly count: number; stop(): void } {
  let count = 0;
  const onUpdate = (change: { added: number[]; updated: number[] }) => {
    if (change.added.includes(clientId) || change.updated.includes(clientId)) count++;
  };
  watcher.provider.awareness.on("update", onUpdate);
  return {
    get count() {
      return count;
    },
    stop: () => watcher.provider.awareness.off("update", onUpdate),
  };
}

describe("presence (awareness) abuse", () => {
  it("many client ids in one message: only the first, the connection's own, is accepted", async () => {
    const watcher = await setting.holdOpen(setting.attacked.documentName);
    const watch = await setting.watch();
    const ws = await attackerSocket(server.url, setting.attacked.documentName, setting.cookie);
    const ids = Array.from({ length: 2000 }, (_, i) => 100_000 + i);
    ws.send(awarenessFrame(ids.map((clientId) => ({ clientId, clock: 1, json: '{"cursor":null}' }))));
    expect(await settle(ws)).toBe("settled");
    await whenPresence(watcher, 100_000, () => true, "the first id arrived");
    const shown = ids.filter((id) => watcher.provider.awareness.getStates().has(id));
    expect(shown).toEqual([100_000]);
    ws.close();
    await watch.verify();
  });

  it("a state for another connection's client id changes nothing of theirs", async () => {
    const watcher = await setting.holdOpen(setting.attacked.documentName);
    const victim = await setting.holdOpen(setting.attacked.documentName);
    const victimId = victim.doc.clientID;
    await whenPresence(watcher, victimId, () => true, "the victim is present");
    const watch = await setting.watch();
    const ws = await attackerSocket(server.url, setting.attacked.documentName, setting.cookie);
    ws.send(awarenessFrame([{ clientId: victimId, clock: 1_000_000, json: '{"cursor":"gefälscht"}' }]));
    expect(await settle(ws)).toBe("settled");
    // The victim's own next update still gets through: the attacker's clock did not take it over.
    victim.provider.awareness.setLocalStateField("cursor", "echt");
    await whenPresence(watcher, victimId, (state) => state.cursor === "echt", "the victim's own update");
    expect(JSON.stringify(stateOf(watcher, victimId))).not.toContain("gefälscht");
    ws.close();
    await watch.verify();
  });

  it("huge states are dropped; the connection's small ones still arrive", async () => {
    const watcher = await setting.holdOpen(setting.attacked.documentName);
    const watch = await setting.watch();
    const ws = await attackerSocket(server.url, setting.attacked.documentName, setting.cookie);
    const clientId = 200_001;
    let largestSeen = 0;
    const measure = () => {
      largestSeen = Math.max(largestSeen, JSON.stringify(stateOf(watcher, clientId) ?? null).length);
    };
    watcher.provider.awareness.on("update", measure);
    const huge = JSON.stringify({ cursor: "x".repeat(900_000) });
    for (let clock = 1; clock <= 20; clock++) ws.send(awarenessFrame([{ clientId, clock, json: huge }]));
    ws.send(awarenessFrame([{ clientId, clock: 21, json: '{"cursor":"klein"}' }]));
    expect(await settle(ws)).toBe("settled");
    await whenPresence(watcher, clientId, (state) => state.cursor === "klein", "the small state");
    watcher.provider.awareness.off("update", measure);
    expect(largestSeen).toBeLessThan(4096);
    ws.close();
    await watch.verify();
  });

  it("high rates are throttled, the latest state wins, and past the message budget the socket is closed", async () => {
    const watcher = await setting.holdOpen(setting.attacked.documentName);
    const watch = await setting.watch();
    const clientId = 200_002;
    const received = countUpdates(watcher, clientId);
    const ws = await attackerSocket(server.url, setting.attacked.documentName, setting.cookie);
    const sent = 200;
    for (let clock = 1; clock <= sent; clock++) {
      ws.send(awarenessFrame([{ clientId, clock, json: JSON.stringify({ cursor: clock }) }]));
    }
    expect(await settle(ws)).toBe("settled");
    await whenPresence(watcher, clientId, (state) => state.cursor === sent, "the latest state");
    received.stop();
    expect(received.count).toBeLessThan(sent / 4);

    const closed = closeCodeOf(ws);
    for (let clock = sent + 1; clock <= sent + 400 && ws.readyState === ws.OPEN; clock++) {
      ws.send(awarenessFrame([{ clientId, clock, json: JSON.stringify({ cursor: clock }) }]));
    }
    expect(await closed).toBe(CloseCode.tooManyMessages);
    await watch.verify();
  });

  it("HTML and __proto__ in a state: the name is the session's, and no __proto__ key reaches anyone", async () => {
    const watcher = await setting.holdOpen(setting.attacked.documentName);
    const watch = await setting.watch();
    const clientId = 200_003;
    const ws = await attackerSocket(server.url, setting.attacked.documentName, setting.cookie);
    const json = `{"user":{"name":"<img src=x onerror=alert(1)>","color":"red;background:url(x)"},"__proto__":{"polluted":true},"cursor":"da"}`;
    ws.send(awarenessFrame([{ clientId, clock: 1, json }]));
    expect(await settle(ws)).toBe("settled");
    await whenPresence(watcher, clientId, (state) => state.cursor === "da", "the attacker's state");
    const state = stateOf(watcher, clientId);
    expect(state?.user?.name).toBe(SESSION_NAME);
    expect(state?.user?.color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(Object.hasOwn(state ?? {}, "__proto__")).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    ws.close();
    await watch.verify();
  });
});
