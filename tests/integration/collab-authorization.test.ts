import { eq } from "drizzle-orm";
import * as encoding from "lib0/encoding";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WebSocket } from "ws";
import * as Y from "yjs";
import { tracks } from "../../db/schema";
import { removeEventParticipant, rotateEventJoinCode } from "../../server/admin/event-access";
import { demoteModerator } from "../../server/admin/moderators";
import { currentJoinCode } from "../../server/auth/join-codes";
import type { AccountPrincipal } from "../../server/auth/principal";
import { sessionTokenFrom } from "../../server/auth/session-cookie";
import { resolveSession } from "../../server/auth/sessions";
import { changeTrackPhase } from "../../server/track-phases/track-phase-change";
import { CloseCode, MessageType } from "../../shared/collab-protocol";
import { CollabClient } from "../support/collab-client";
import { joinEvent } from "../support/http-session";
import { type Cast, createCast } from "../support/principals";
import { closeCodeOf, openCollabSocket } from "../support/raw-socket";
import { startTestServer } from "../support/test-server";
import { until } from "../support/wait";

let server: Awaited<ReturnType<typeof startTestServer>>;
let cast: Cast;
const clients: CollabClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.url, server.db);
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  await server.cleanUp();
});

function client(documentName: string, cookie: string): CollabClient {
  const created = new CollabClient(server.url, documentName, cookie);
  clients.push(created);
  return created;
}

function frame(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** An update that appends a paragraph, built on top of the document's current state. */
function paragraphUpdate(base: Y.Doc, text: string): Uint8Array {
  const scratch = new Y.Doc();
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(scratch);
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(text)]);
  scratch.getXmlFragment("default").push([paragraph]);
  return Y.encodeStateAsUpdate(scratch, before);
}

function awarenessUpdate(clientId: number, clock: number, state: unknown): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, clientId);
  encoding.writeVarUint(encoder, clock);
  encoding.writeVarString(encoder, JSON.stringify(state));
  return frame(MessageType.awareness, (e) => encoding.writeVarUint8Array(e, encoding.toUint8Array(encoder)));
}

/**
 * Sends frames and waits until the server has handled them all: it answers a sync step 1 only after
 * everything received before it (frames on one socket are handled in order). Not a save confirmation: a
 * read-only connection that sent a change gets none, by design.
 */
async function sendAndSettle(ws: WebSocket, frames: Uint8Array[]): Promise<void> {
  const answered = new Promise<void>((resolve) => {
    ws.on("message", (data: Buffer) => {
      if (data[0] === MessageType.sync && data[1] === 1) resolve(); // sync step 2
    });
  });
  for (const each of frames) ws.send(each);
  ws.send(
    frame(MessageType.sync, (e) => {
      encoding.writeVarUint(e, 0); // sync step 1
      encoding.writeVarUint8Array(e, Y.encodeStateVector(new Y.Doc()));
    }),
  );
  await answered;
}

async function serverState(documentName: string) {
  const live = await server.registry.open(documentName);
  try {
    return {
      vector: Y.encodeStateVector(live.doc),
      text: live.doc.getXmlFragment("default").toString(),
      awareness: new Map(live.awareness.getStates()),
    };
  } finally {
    server.registry.release(live);
  }
}

async function accountPrincipal(cookie: string): Promise<AccountPrincipal> {
  const principal = resolveSession(server.db, sessionTokenFrom(cookie) ?? "");
  if (principal?.kind !== "account") throw new Error("not an account");
  return principal;
}

async function adminContext() {
  return { db: server.db, services: server.services, actor: await accountPrincipal(cast.cookies.admin) };
}

describe("read-only connections", () => {
  async function expectReadOnly(documentName: string, cookie: string) {
    const watcher = client(documentName, cast.cookies.eventModerator);
    await watcher.whenSynced();
    const before = await serverState(documentName);
    const { status, ws } = await openCollabSocket(server.url, documentName, { cookie });
    expect(status).toBe(101);
    if (!ws) return;
    const update = paragraphUpdate(watcher.doc, "Das darf nicht ankommen");
    await sendAndSettle(ws, [
      frame(MessageType.sync, (e) => {
        encoding.writeVarUint(e, 1); // sync step 2
        encoding.writeVarUint8Array(e, update);
      }),
      frame(MessageType.sync, (e) => {
        encoding.writeVarUint(e, 2); // update
        encoding.writeVarUint8Array(e, update);
      }),
      awarenessUpdate(424242, 1, { user: { name: "Beamer" }, cursor: null }),
    ]);
    const after = await serverState(documentName);
    expect(after.vector).toEqual(before.vector);
    expect(after.text).toBe(before.text);
    expect(after.awareness.has(424242)).toBe(false);
    expect(watcher.text()).not.toContain("Das darf nicht ankommen");
    expect(watcher.provider.awareness.getStates().has(424242)).toBe(false);
    ws.close();
  }

  it("an observer's sync step 2, update and awareness messages change nothing and reach no one", async () => {
    await expectReadOnly(cast.trackA.documentName, cast.cookies.observer);
  });

  it("a participant's messages to a closed track change nothing and reach no one", async () => {
    server.db.update(tracks).set({ phase: "closed" }).where(eq(tracks.id, cast.trackB.id)).run();
    try {
      await expectReadOnly(cast.trackB.documentName, cast.cookies.participant);
    } finally {
      server.db.update(tracks).set({ phase: "collect" }).where(eq(tracks.id, cast.trackB.id)).run();
    }
  });
});

describe("presence comes from the server-side session", () => {
  it("replaces a claimed name and colour by the session's", async () => {
    const watcher = client(cast.trackA.documentName, cast.cookies.eventModerator);
    const liar = client(cast.trackA.documentName, cast.cookies.participant);
    await Promise.all([watcher.whenSynced(), liar.whenSynced()]);
    liar.provider.awareness.setLocalStateField("user", { name: "Administration", color: "#000000" });
    const seen = () =>
      watcher.provider.awareness.getStates().get(liar.doc.clientID) as { user?: { name: string; color: string } };
    await until(
      (onChange) => {
        watcher.provider.awareness.on("change", onChange);
        return () => watcher.provider.awareness.off("change", onChange);
      },
      () => seen()?.user?.name === "Paula Teilnehmerin",
      "watcher sees the liar's session name",
    );
    expect(seen()?.user?.color).not.toBe("#000000");
  });

  it("drops awareness for a client id that another connection speaks for", async () => {
    const victim = client(cast.trackA.documentName, cast.cookies.eventModerator);
    await victim.whenSynced();
    await until(
      (onChange) => {
        victim.provider.awareness.on("change", onChange);
        return () => victim.provider.awareness.off("change", onChange);
      },
      () => victim.provider.awareness.getLocalState() !== null,
      "victim announced",
    );
    const before = await serverState(cast.trackA.documentName);
    expect(before.awareness.has(victim.doc.clientID)).toBe(true);
    const { ws } = await openCollabSocket(server.url, cast.trackA.documentName, { cookie: cast.cookies.participant });
    if (!ws) throw new Error("no socket");
    await sendAndSettle(ws, [awarenessUpdate(victim.doc.clientID, 999_999, { user: { name: "Gefälscht" } })]);
    const after = await serverState(cast.trackA.documentName);
    expect(JSON.stringify(after.awareness.get(victim.doc.clientID))).not.toContain("Gefälscht");
    ws.close();
  });

  it("delivers the latest presence even when it changes faster than presence is relayed", async () => {
    const { ws } = await openCollabSocket(server.url, cast.trackA.documentName, { cookie: cast.cookies.participant });
    if (!ws) throw new Error("no socket");
    const live = await server.registry.open(cast.trackA.documentName);
    try {
      const clientId = 555_555;
      for (let i = 1; i <= 100; i++) ws.send(awarenessUpdate(clientId, i, { user: {}, cursor: { position: i } }));
      const position = () =>
        (live.awareness.getStates().get(clientId) as { cursor?: { position: number } })?.cursor?.position;
      await until(
        (onChange) => {
          live.awareness.on("change", onChange);
          return () => live.awareness.off("change", onChange);
        },
        () => position() === 100,
        "the last cursor position arrived",
      );
    } finally {
      server.registry.release(live);
      ws.close();
    }
  });

  it("bounds the size of a presence state", async () => {
    const { ws } = await openCollabSocket(server.url, cast.trackA.documentName, { cookie: cast.cookies.participant });
    if (!ws) throw new Error("no socket");
    await sendAndSettle(ws, [awarenessUpdate(777_777, 1, { user: {}, padding: "x".repeat(10_000) })]);
    expect((await serverState(cast.trackA.documentName)).awareness.has(777_777)).toBe(false);
    ws.close();
  });
});

describe("revoking a right closes the sockets it affects", () => {
  it("rotating the join code closes participants' sockets, and their next upgrade fails", async () => {
    const cookie = await joinEvent(server.url, "Rita Rotation");
    const { ws } = await openCollabSocket(server.url, cast.trackA.documentName, { cookie });
    if (!ws) throw new Error("no socket");
    const closed = closeCodeOf(ws);
    rotateEventJoinCode(await adminContext(), cast.eventId);
    expect(await closed).toBe(CloseCode.accessChanged);
    expect((await openCollabSocket(server.url, cast.trackA.documentName, { cookie })).status).toBe(401);
  });

  it("removing a participant closes their sockets, and their next upgrade fails", async () => {
    const cookie = cast.cookies.participantOfOtherEvent;
    const [track] = (
      (await (await fetch(`${server.url}/api/tracks`, { headers: { Cookie: cookie } })).json()) as {
        tracks: { documentName: string }[];
      }
    ).tracks;
    if (!track) throw new Error("no track");
    const principal = resolveSession(server.db, sessionTokenFrom(cookie) ?? "");
    if (principal?.kind !== "participant") throw new Error("not a participant");
    const { ws } = await openCollabSocket(server.url, track.documentName, { cookie });
    if (!ws) throw new Error("no socket");
    const closed = closeCodeOf(ws);
    removeEventParticipant(await adminContext(), principal.participantId);
    expect(await closed).toBe(CloseCode.accessChanged);
    expect((await openCollabSocket(server.url, track.documentName, { cookie })).status).toBe(401);
  });

  it("demoting a moderator closes their sockets, and their next upgrade is refused", async () => {
    const cookie = cast.cookies.moderatorOfTrackA;
    const { ws } = await openCollabSocket(server.url, cast.trackA.documentName, { cookie });
    if (!ws) throw new Error("no socket");
    const closed = closeCodeOf(ws);
    demoteModerator(await adminContext(), (await accountPrincipal(cookie)).userId);
    expect(await closed).toBe(CloseCode.accessChanged);
    expect((await openCollabSocket(server.url, cast.trackA.documentName, { cookie })).status).toBe(403);
  });

  it("closing a track (its phase) closes participants' sockets; they come back read-only", async () => {
    const cookie = await joinEvent(server.url, "Lea Lesend", { code: currentJoinCode(server.db, cast.eventId) ?? "" });
    const { ws } = await openCollabSocket(server.url, cast.trackB.documentName, { cookie });
    if (!ws) throw new Error("no socket");
    const closed = closeCodeOf(ws);
    const ctx = await adminContext();
    changeTrackPhase(ctx, cast.trackB.id, "closed");
    try {
      expect(await closed).toBe(CloseCode.accessChanged);
      const response = await fetch(`${server.url}/api/tracks`, { headers: { Cookie: cookie } });
      const { tracks: listed } = (await response.json()) as { tracks: { id: string; access: string }[] };
      expect(listed.find((track) => track.id === cast.trackB.id)?.access).toBe("read");
    } finally {
      changeTrackPhase(ctx, cast.trackB.id, "collect");
    }
  });
});
