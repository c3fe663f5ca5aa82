import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CloseCode } from "../../shared/collab-protocol";
import type { CollabClient } from "../support/collab-client";
import { closeCodeOf } from "../support/raw-socket";
import { containsState, rebuildFromDatabase } from "../support/stored-document";
import { attackerSocket, SyncStep, syncFrame } from "./frames";
import { hostileServer, storedRowsOf } from "./hostile-server";

const setting = hostileServer();
const { server } = setting;

/** The payload cap of the collaboration endpoint (server/collab/collab-endpoint.ts). */
const MAX_PAYLOAD_BYTES = 1024 * 1024;
/** WebSocket close codes ws uses for "message too big" and "policy violation". */
const MESSAGE_TOO_BIG = 1009;
const POLICY_VIOLATION = 1008;

describe("oversized frames and fragment floods", () => {
  it("frames over the payload cap, from several connections at once: closed with 1009, memory flat", async () => {
    const { documentName } = setting.attacked;
    await setting.holdOpen(documentName);
    const rowsBefore = storedRowsOf(server.databasePath, documentName);
    const watch = await setting.watch();

    const attackers = await Promise.all(
      Array.from({ length: 8 }, () => attackerSocket(server.url, documentName, setting.cookie)),
    );
    const closed = attackers.map(closeCodeOf);
    const oversized = syncFrame(SyncStep.update, new Uint8Array(MAX_PAYLOAD_BYTES).fill(7));
    for (const ws of attackers) ws.send(oversized);
    for (const code of await Promise.all(closed)) expect(code).toBe(MESSAGE_TOO_BIG);

    expect(storedRowsOf(server.databasePath, documentName)).toEqual(rowsBefore);
    await watch.verify();
  });

  it("a message in tens of thousands of tiny fragments: closed before it is put together, memory flat", async () => {
    const { documentName } = setting.attacked;
    const watch = await setting.watch();

    const attackers = await Promise.all(
      Array.from({ length: 4 }, () => attackerSocket(server.url, documentName, setting.cookie)),
    );
    const closed = attackers.map(closeCodeOf);
    const tiny = Buffer.from([0]);
    for (const ws of attackers) {
      for (let i = 0; i < 20_000 && ws.readyState === ws.OPEN; i++) ws.send(tiny, { fin: false, binary: true });
    }
    for (const code of await Promise.all(closed)) expect([POLICY_VIOLATION, MESSAGE_TOO_BIG]).toContain(code);
    await watch.verify();
  });
});

/**
 * How much slower another participant's text may reach their colleague while one connection floods,
 * relative to the same measurement just before (medians). Generous, because the machine is shared; a
 * flood that is not cut off makes it hundreds of times slower.
 */
const MAX_LATENCY_RATIO = 20;
const LATENCY_SAMPLES = 15;
const FLOOD_UPDATES = 3000;

/** How long each of `count` tokens takes from one client's keyboard to another client's document. */
async function propagationTimes(writer: CollabClient, reader: CollabClient, label: string, count: number) {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const token = `(${label}${i})`;
    const start = performance.now();
    writer.type(token);
    await reader.whenDoc(() => reader.text().includes(token), `${token} arrived`);
    times.push(performance.now() - start);
  }
  return times;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

describe("an update flood from one connection", () => {
  it("is cut off for that connection only; others' text keeps flowing; every accepted update is stored", async () => {
    const { documentName } = setting.attacked;
    const writer = await setting.holdOpen(documentName);
    const reader = await setting.holdOpen(documentName);
    const watch = await setting.watch();
    const before = await propagationTimes(writer, reader, "vorher", LATENCY_SAMPLES);

    // The attacker types one letter per update, as fast as the socket takes them.
    const source = new Y.Doc();
    Y.applyUpdate(source, Y.encodeStateAsUpdate(reader.doc));
    const text = new Y.XmlText();
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [text]);
    const ws = await attackerSocket(server.url, documentName, setting.cookie);
    const closed = closeCodeOf(ws);
    let vector = Y.encodeStateVector(source);
    const frames: Uint8Array[] = [];
    source.getXmlFragment("default").push([paragraph]);
    for (let i = 0; i < FLOOD_UPDATES; i++) {
      text.insert(text.length, String.fromCharCode(97 + (i % 26)));
      frames.push(syncFrame(SyncStep.update, Y.encodeStateAsUpdate(source, vector)));
      vector = Y.encodeStateVector(source);
    }
    for (const each of frames) ws.send(each);
    const during = await propagationTimes(writer, reader, "waehrend", LATENCY_SAMPLES);
    expect(await closed).toBe(CloseCode.tooManyMessages);

    const ratio = median(during) / median(before);
    expect(
      ratio,
      `median ${median(during).toFixed(1)} ms during vs ${median(before).toFixed(1)} ms before`,
    ).toBeLessThan(MAX_LATENCY_RATIO);

    // Whatever the server took from the attacker, it took in order: a prefix of what was typed, stored.
    const stored = await rebuildFromDatabase(server.databasePath, documentName);
    // The attacker's first two structs are the paragraph and its text; each letter after them is one more.
    const letters = (Y.decodeStateVector(Y.encodeStateVector(stored)).get(source.clientID) ?? 0) - 2;
    expect(letters).toBeGreaterThan(0);
    expect(letters).toBeLessThan(FLOOD_UPDATES);
    const typed = Array.from({ length: letters }, (_, i) => String.fromCharCode(97 + (i % 26))).join("");
    const storedTexts = stored
      .getXmlFragment("default")
      .toArray()
      .map((node) => (node instanceof Y.XmlElement ? node.toArray().join("") : ""))
      // The writer types at the end of the last paragraph, which may be the attacker's.
      .map((paragraphText) => paragraphText.replace(/\([a-z]+\d+\)/g, ""));
    expect(storedTexts).toContain(typed);
    // And everything the others were shown is stored.
    expect(containsState(stored, Y.encodeStateAsUpdate(reader.doc))).toBe(true);
    stored.destroy();
    await watch.verify();
  });
});
