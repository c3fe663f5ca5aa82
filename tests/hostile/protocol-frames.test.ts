import * as encoding from "lib0/encoding";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CloseCode, MessageType } from "../../shared/collab-protocol";
import { CollabClient } from "../support/collab-client";
import { closeCodeOf } from "../support/raw-socket";
import { attackerSocket, documentSeen, frame, SyncStep, syncFrame } from "./frames";
import { hostileServer, storedRowsOf } from "./hostile-server";

const setting = hostileServer();
const { server } = setting;

/** An update on top of the document's current state that adds text and deletes some: it ends in deletions. */
async function updateWithDeletions(): Promise<Uint8Array> {
  const client = new CollabClient(server.url, setting.attacked.documentName, setting.cookie, "Vorlage");
  try {
    await client.whenSynced();
    client.type("Zu löschender Text");
    const scratch = new Y.Doc();
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(client.doc));
    client.destroy();
    const before = Y.encodeStateVector(scratch);
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText("Angehängt und abgeschnitten")]);
    const fragment = scratch.getXmlFragment("default");
    fragment.push([paragraph]);
    fragment.delete(0, 1);
    return Y.encodeStateAsUpdate(scratch, before);
  } finally {
    client.destroy();
  }
}

const cases: [string, () => Promise<Uint8Array | string>][] = [
  ["a text frame", async () => "hallo"],
  ["an empty frame", async () => new Uint8Array()],
  ["an invalid frame (a sync message without its payload)", async () => frame(MessageType.sync)],
  ["a varint that overflows", async () => new Uint8Array(12).fill(0xff)],
  ["an unknown message type", async () => frame(77, (e) => encoding.writeVarUint(e, 1))],
  ["an unknown sync sub-type", async () => syncFrame(7, new Uint8Array([0, 0]))],
  [
    "an update frame whose length prefix claims more than it carries",
    async () => syncFrame(SyncStep.update, new Uint8Array([0, 0])).slice(0, 3),
  ],
  [
    "an update cut off in its deletions (Yjs would apply the structs before it)",
    async () => {
      const update = await updateWithDeletions();
      return syncFrame(SyncStep.update, update.slice(0, update.length - 1));
    },
  ],
];

describe("malformed protocol frames", () => {
  it.each(cases)("%s: closed with 4400, the document unchanged, nothing stored", async (_name, build) => {
    const hostile = await build();
    const { documentName } = setting.attacked;
    await setting.holdOpen(documentName);
    const before = await documentSeen(server.url, documentName, setting.cookie);
    const rowsBefore = storedRowsOf(server.databasePath, documentName);
    const watch = await setting.watch();

    const ws = await attackerSocket(server.url, documentName, setting.cookie);
    const closed = closeCodeOf(ws);
    ws.send(hostile, { binary: typeof hostile !== "string" });
    expect(await closed).toBe(CloseCode.protocolError);

    expect(await documentSeen(server.url, documentName, setting.cookie)).toEqual(before);
    expect(storedRowsOf(server.databasePath, documentName)).toEqual(rowsBefore);
    await watch.verify();
  });
});
