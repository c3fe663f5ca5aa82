import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CloseCode } from "../../shared/collab-protocol";
import { postForm } from "../support/http-session";
import { type Cast, createCast } from "../support/principals";
import { ProtocolSocket } from "../support/protocol-socket";
import { startTestServer } from "../support/test-server";

/**
 * The save line says "gespeichert" only when the server confirms it, and the server must never confirm a
 * change it dropped. A participant's keystroke that is still on its way when private writing is switched
 * on (ADR 009) reaches the server over the reconnected, now read-only socket, and is dropped; that
 * connection then gets no confirmation, so the page does not claim it was saved. A read-only connection
 * whose client has nothing of its own (the usual case: an observer, a projector) is still confirmed.
 */

let server: Awaited<ReturnType<typeof startTestServer>>;
let cast: Cast;
const sockets: ProtocolSocket[] = [];

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.url, server.db);
});

afterAll(async () => {
  for (const socket of sockets) socket.close();
  await server.cleanUp();
});

async function open(cookie: string): Promise<ProtocolSocket> {
  const socket = await ProtocolSocket.open(server.url, cast.trackA.documentName, cookie);
  sockets.push(socket);
  return socket;
}

/** What a client that holds `base` sends after appending a paragraph: only the new part. */
function paragraphUpdate(base: Y.Doc, text: string): Uint8Array {
  const before = Y.encodeStateVector(base);
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(text)]);
  base.getXmlFragment("default").push([paragraph]);
  return Y.encodeStateAsUpdate(base, before);
}

function textOf(doc: Y.Doc): string {
  return doc.getXmlFragment("default").toString();
}

function switchPrivateWriting(enabled: "on" | "off"): Promise<Response> {
  return postForm(
    server.url,
    `${cast.trackA.path}/private-writing`,
    { intent: "settings", enabled },
    { cookie: cast.cookies.moderatorOfTrackA },
  );
}

describe("a read-only connection is never told that a change it sent was saved", () => {
  let nonce = 0;

  it("a keystroke typed as private writing is switched on is dropped and not confirmed", async () => {
    const writing = await open(cast.cookies.participant);
    const typed = await writing.serverDocument();
    // Before the switch the participant writes, and is confirmed.
    writing.sendUpdate(paragraphUpdate(typed, "Vor dem Umschalten geschrieben"));
    const before = ++nonce;
    writing.askForConfirmation(before);
    await writing.when(() => writing.confirmed(before), "the write before the switch is confirmed");

    expect((await switchPrivateWriting("on")).status).toBe(200);
    await writing.when(() => writing.closeCode !== null, "the participant's socket is closed");
    expect(writing.closeCode).toBe(CloseCode.accessChanged);

    // Typed in the round trip: the page's client still thought it could write. After the reconnect it sends
    // the keystroke with its sync step 2 and asks whether it is saved, as the save tracker does.
    const late = paragraphUpdate(typed, "Im Umschalten getippt GNU-5150");
    const reconnected = await open(cast.cookies.participant);
    reconnected.sendStep2(Y.encodeStateAsUpdate(typed));
    const asked = ++nonce;
    reconnected.askForConfirmation(asked);
    const serverDoc = await reconnected.serverDocument();
    expect(textOf(serverDoc)).toContain("Vor dem Umschalten geschrieben");
    expect(textOf(serverDoc)).not.toContain("GNU-5150");
    expect(reconnected.confirmed(asked)).toBe(false);

    // Nor later: the client's next question covers the dropped keystroke as well.
    reconnected.sendUpdate(late);
    const again = ++nonce;
    reconnected.askForConfirmation(again);
    await reconnected.serverDocument();
    expect(reconnected.confirmed(again)).toBe(false);
  });

  it("a read-only client that offers only what the server has, deletions included, is confirmed", async () => {
    // A moderator (who still writes) types and deletes, so that the document has a delete set.
    const moderator = await open(cast.cookies.moderatorOfTrackA);
    const edited = await moderator.serverDocument();
    moderator.sendUpdate(paragraphUpdate(edited, "Gleich wieder gelöscht"));
    const before = Y.encodeStateVector(edited);
    const fragment = edited.getXmlFragment("default");
    fragment.delete(fragment.length - 1, 1);
    moderator.sendUpdate(Y.encodeStateAsUpdate(edited, before));
    const stored = ++nonce;
    moderator.askForConfirmation(stored);
    await moderator.when(() => moderator.confirmed(stored), "the moderator's edits are stored");

    const reader = await open(cast.cookies.participant);
    const holds = await reader.serverDocument();
    expect(textOf(holds)).not.toContain("Gleich wieder gelöscht");
    reader.sendStep2(Y.encodeStateAsUpdate(holds));
    const asked = ++nonce;
    reader.askForConfirmation(asked);
    await reader.when(() => reader.confirmed(asked), "the read-only client is confirmed");
  });

  it("a deletion sent over a read-only connection is dropped and not confirmed", async () => {
    const reader = await open(cast.cookies.participant);
    const holds = await reader.serverDocument();
    const before = Y.encodeStateVector(holds);
    const fragment = holds.getXmlFragment("default");
    fragment.delete(fragment.length - 1, 1);
    const deletion = Y.encodeStateAsUpdate(holds, before);
    reader.sendUpdate(deletion);
    const asked = ++nonce;
    reader.askForConfirmation(asked);
    const serverDoc = await reader.serverDocument();
    expect(serverDoc.getXmlFragment("default").length).toBe(fragment.length + 1);
    expect(reader.confirmed(asked)).toBe(false);
  });

  it("once private writing is off, the same participant's keystroke is stored and confirmed", async () => {
    expect((await switchPrivateWriting("off")).status).toBe(200);
    const writing = await open(cast.cookies.participant);
    const typed = await writing.serverDocument();
    writing.sendUpdate(paragraphUpdate(typed, "Nach dem Ausschalten geschrieben"));
    const asked = ++nonce;
    writing.askForConfirmation(asked);
    await writing.when(() => writing.confirmed(asked), "confirmed again");
    expect(textOf(await writing.serverDocument())).toContain("Nach dem Ausschalten geschrieben");
  });
});
