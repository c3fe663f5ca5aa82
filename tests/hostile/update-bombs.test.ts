import * as encoding from "lib0/encoding";
import { describe, expect, it, onTestFinished } from "vitest";
import type { WebSocket } from "ws";
import * as Y from "yjs";
import { CloseCode } from "../../shared/collab-protocol";
import { CollabClient } from "../support/collab-client";
import { closeCodeOf } from "../support/raw-socket";
import { rebuildFromDatabase } from "../support/stored-document";
import { attackerSocket, documentSeen, SyncStep, settle, syncFrame } from "./frames";
import { hostileServer, storedRowsOf } from "./hostile-server";

const setting = hostileServer();
const { server } = setting;

/** A small deterministic generator, so that a failing run can be repeated with the same bytes. */
function randomBytes(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state;
  };
  return (length: number) => Uint8Array.from({ length }, () => next() % 256);
}

/**
 * An 8-byte update that claims 30 million structs of one client. Yjs' eager decoder sets aside room for
 * all of them before it reads the first (about 240 MB and a fifth of a second each): the run-length bomb of
 * yjs#687 in the encoding the y-websocket protocol uses.
 */
function structCountBomb(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1); // one client
  encoding.writeVarUint(encoder, 30_000_000); // its number of structs
  encoding.writeVarUint(encoder, 4242); // client id
  encoding.writeVarUint(encoder, 0); // first clock
  return encoding.toUint8Array(encoder);
}

async function sockets(count: number, documentName: string): Promise<WebSocket[]> {
  return Promise.all(Array.from({ length: count }, () => attackerSocket(server.url, documentName, setting.cookie)));
}

describe("garbage and bomb updates", () => {
  it("random bytes as updates: each connection closed or unharmed, the document's content unchanged", async () => {
    const { documentName } = setting.attacked;
    await setting.holdOpen(documentName);
    const before = await documentSeen(server.url, documentName, setting.cookie);
    const watch = await setting.watch();

    const random = randomBytes(687);
    const attackers = await sockets(40, documentName);
    const outcomes = await Promise.all(
      attackers.map((ws, i) => {
        ws.send(syncFrame(SyncStep.update, random(1 + ((i * 97) % 3000))));
        return settle(ws);
      }),
    );
    for (const outcome of outcomes) expect([CloseCode.protocolError, "settled"]).toContain(outcome);
    for (const ws of attackers) ws.close();

    expect((await documentSeen(server.url, documentName, setting.cookie)).content).toBe(before.content);
    await watch.verify();
  });

  it("struct-count bombs from many connections at once: refused without a stall, nothing stored", async () => {
    const { documentName } = setting.attacked;
    await setting.holdOpen(documentName);
    const rowsBefore = storedRowsOf(server.databasePath, documentName);
    const watch = await setting.watch();

    // All sockets are open before the first bomb, so the bombs arrive in one turn of the event loop.
    const attackers = await sockets(20, documentName);
    const closed = attackers.map(closeCodeOf);
    for (const ws of attackers) ws.send(syncFrame(SyncStep.update, structCountBomb()));
    for (const code of await Promise.all(closed)) expect(code).toBe(CloseCode.protocolError);

    expect(storedRowsOf(server.databasePath, documentName)).toEqual(rowsBefore);
    await watch.verify();
  });
});

describe("updates whose dependencies never arrive", () => {
  it("are bounded per document, and never end up in a snapshot", async () => {
    const { documentName } = setting.spare;
    const writer = new CollabClient(server.url, documentName, setting.cookie, "Schreiber");
    onTestFinished(() => writer.destroy());
    await writer.whenSynced();
    writer.type("Vor dem Angriff geschrieben.");
    await writer.whenDoc(() => writer.provider.synced, "writer synced");
    const watch = await setting.watch();

    // The attacker's first struct is never sent; every later update depends on it.
    const source = new Y.Doc();
    Y.applyUpdate(source, Y.encodeStateAsUpdate(writer.doc));
    const text = new Y.XmlText();
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [text]);
    source.getXmlFragment("default").push([paragraph]);
    let vector = Y.encodeStateVector(source);
    const ws = await attackerSocket(server.url, documentName, setting.cookie);
    const closed = closeCodeOf(ws);
    for (let i = 0; i < 250 && ws.readyState === ws.OPEN; i++) {
      text.insert(text.length, "x".repeat(32 * 1024));
      ws.send(syncFrame(SyncStep.update, Y.encodeStateAsUpdate(source, vector)));
      vector = Y.encodeStateVector(source);
    }
    expect(await closed).toBe(CloseCode.protocolError);

    // The last one to leave compacts the document (ADR 002): the snapshot holds only integrated content.
    const rowsBefore = storedRowsOf(server.databasePath, documentName);
    writer.destroy();
    await expect.poll(() => storedRowsOf(server.databasePath, documentName).updates).toBe(0);
    expect(storedRowsOf(server.databasePath, documentName).snapshots).toBe(1);
    expect(rowsBefore.updates).toBeGreaterThan(0);
    const stored = await rebuildFromDatabase(server.databasePath, documentName);
    expect(stored.store.pendingStructs).toBeNull();
    expect(stored.getXmlFragment("default").toString()).toContain("Vor dem Angriff geschrieben.");
    expect(stored.getXmlFragment("default").toString()).not.toContain("xxxx");
    stored.destroy();
    await watch.verify();
  });
});
