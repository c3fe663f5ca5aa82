import { eq } from "drizzle-orm";
import * as encoding from "lib0/encoding";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WebSocket } from "ws";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { auditLog, contributions, tracks } from "../../db/schema";
import { sessionTokenFrom } from "../../server/auth/session-cookie";
import { resolveSession } from "../../server/auth/sessions";
import { changeTrackPhase } from "../../server/workshop/track-phase-change";
import { CloseCode, MessageType } from "../../shared/collab-protocol";
import { draftDocumentName } from "../../shared/document-name";
import { CollabClient } from "../support/collab-client";
import { joinEvent, postForm } from "../support/http-session";
import { type Cast, createCast } from "../support/principals";
import { ProtocolSocket } from "../support/protocol-socket";
import { openCollabSocket } from "../support/raw-socket";
import { fetchTracks, startTestServer } from "../support/test-server";
import { until } from "../support/wait";

/**
 * Private writing is enforced by the server: while it is on, a participant's new contributions live in a
 * draft document that no other participant's connection ever receives a byte of; a moderator's reveal
 * moves them into the track's document. The checks look at the raw frames that reach the second
 * participant's socket, not at anything rendered.
 */

let server: Awaited<ReturnType<typeof startTestServer>>;
let cast: Cast;
/** P1 is the cast's participant (Paula); P2 joins as a second participant of the same event. */
let p1Id: string;
let p2Cookie: string;
let draftName: string;
const clients: CollabClient[] = [];
const sockets: WebSocket[] = [];

const PROBLEM_ID = "6a1f0c2e-0b7e-4d51-9d3a-1c2b3d4e5f60";
const STEP_ID = "7b2e1d3f-1c8f-4e62-8e4b-2d3c4e5f6a71";
const LATE_ID = "8c3f2e4a-2d9a-4f73-9f5c-3e4d5f6a7b82";
const SECRET_PROBLEM = "Geheimes Problemfeld ZEBRA-4711";
const SECRET_STEP = "Geheimer Lösungsschritt OKAPI-0815";
const LATE_PROBLEM = "Spät geschriebenes Problemfeld LEMUR-2342";
const VOTE_ID = "9d4a3f5b-3eab-4a84-8a6d-4f5a6b7c8d93";

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.url, server.db);
  p1Id = participantIdOf(cast.cookies.participant);
  p2Cookie = await joinEvent(server.url, "Peter Zweiter", { organisation: "Landratsamt Gotha" });
  draftName = draftDocumentName(cast.trackA.id, p1Id);
});

afterAll(async () => {
  for (const socket of sockets) socket.close();
  for (const each of clients) each.destroy();
  await server.cleanUp();
});

function participantIdOf(cookie: string): string {
  const principal = resolveSession(server.db, sessionTokenFrom(cookie) ?? "");
  if (principal?.kind !== "participant") throw new Error("not a participant");
  return principal.participantId;
}

function client(documentName: string, cookie: string): CollabClient {
  const created = new CollabClient(server.url, documentName, cookie);
  clients.push(created);
  return created;
}

function privateWriting(fields: Record<string, string>, cookie: string) {
  return postForm(server.url, `${cast.trackA.path}/private-writing`, fields, { cookie });
}

/**
 * A raw connection to a document that records every frame the server sends it. It asks for the whole
 * document once (sync step 1 with an empty state vector) and then receives every committed update.
 */
async function recordingSocket(documentName: string, cookie: string) {
  const { status, ws } = await openCollabSocket(server.url, documentName, { cookie });
  if (status !== 101 || !ws) throw new Error(`upgrade refused: ${status}`);
  sockets.push(ws);
  const frames: Buffer[] = [];
  const listeners = new Set<() => void>();
  ws.on("message", (data: Buffer) => {
    frames.push(Buffer.from(data));
    for (const listener of listeners) listener();
  });
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeSyncStep1(encoder, new Y.Doc());
  ws.send(encoding.toUint8Array(encoder));
  const received = (text: string) => Buffer.concat(frames).includes(Buffer.from(text, "utf8"));
  const whenReceived = (text: string) =>
    until(
      (onChange) => {
        listeners.add(onChange);
        return () => listeners.delete(onChange);
      },
      () => received(text),
      `frames containing ${text}`,
    );
  return { received, whenReceived };
}

/** The moderator writes a marker into the track's document; once a socket has it, it has all before it. */
let roundTrips = 0;
async function roundTrip(moderator: CollabClient, ...recorders: { whenReceived(text: string): Promise<void> }[]) {
  const marker = `Rundlauf-${++roundTrips}`;
  moderator.type(marker);
  await Promise.all(recorders.map((recorder) => recorder.whenReceived(marker)));
  return marker;
}

/** Top-level node names and contribution ids of a document, in order, e.g. `heading:Problemfelder`. */
function outline(doc: Y.Doc): string[] {
  return doc
    .getXmlFragment("default")
    .toArray()
    .flatMap((node) => {
      if (!(node instanceof Y.XmlElement)) return [];
      if (node.nodeName === "heading") return [`heading:${node.toArray().join("")}`];
      const id = node.getAttribute("id");
      return id ? [`${node.nodeName}:${id}`] : [];
    });
}

function blockWithId(doc: Y.Doc, id: string): Y.XmlElement[] {
  return doc
    .getXmlFragment("default")
    .toArray()
    .filter((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.getAttribute("id") === id);
}

describe("private writing", () => {
  let moderatorOnTrack: CollabClient;
  let moderatorOnDraft: CollabClient;
  let p1Draft: CollabClient;
  let p2Track: CollabClient;
  let p2Frames: Awaited<ReturnType<typeof recordingSocket>>;

  it("only a moderator of the track switches it on, and only in the collect phase", async () => {
    const byParticipant = await privateWriting({ intent: "settings", enabled: "on" }, cast.cookies.participant);
    expect(byParticipant.status).toBe(403);
    server.db.update(tracks).set({ phase: "vote" }).where(eq(tracks.id, cast.trackA.id)).run();
    const outsideCollect = await privateWriting({ intent: "settings", enabled: "on" }, cast.cookies.moderatorOfTrackA);
    expect(outsideCollect.status).toBe(409);
    expect(((await outsideCollect.json()) as { error: string }).error).toContain("Sammeln");
    server.db.update(tracks).set({ phase: "collect" }).where(eq(tracks.id, cast.trackA.id)).run();

    const response = await privateWriting({ intent: "settings", enabled: "on" }, cast.cookies.moderatorOfTrackA);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { enabled: boolean }).enabled).toBe(true);
    const p1Tracks = await fetchTracks(server.url, cast.cookies.participant);
    expect(p1Tracks.find((track) => track.id === cast.trackA.id)?.access).toBe("read");
  });

  it("a draft opens only for its author (write) and the track's moderators (read)", async () => {
    const upgrade = async (cookie: string, name = draftName) => {
      const { status: code, ws } = await openCollabSocket(server.url, name, { cookie });
      ws?.close();
      return code;
    };
    expect(await upgrade(p2Cookie)).toBe(403);
    expect(await upgrade(cast.cookies.observer)).toBe(403);
    expect(await upgrade(cast.cookies.participantOfOtherEvent)).toBe(403);
    expect(await upgrade(cast.cookies.anonymous)).toBe(401);
    expect(await upgrade(cast.cookies.participant)).toBe(101);
    expect(await upgrade(cast.cookies.moderatorOfTrackA)).toBe(101);
    expect(await upgrade(cast.cookies.admin)).toBe(101);
    // A draft of someone who is no participant of the event is no document at all.
    const stranger = draftDocumentName(cast.trackA.id, "00000000-0000-4000-8000-000000000000");
    expect(await upgrade(cast.cookies.moderatorOfTrackA, stranger)).toBe(404);
  });

  it("a second participant's connection receives none of the first participant's private contributions", async () => {
    moderatorOnTrack = client(cast.trackA.documentName, cast.cookies.moderatorOfTrackA);
    moderatorOnDraft = client(draftName, cast.cookies.moderatorOfTrackA);
    p1Draft = client(draftName, cast.cookies.participant);
    p2Track = client(cast.trackA.documentName, p2Cookie);
    p2Frames = await recordingSocket(cast.trackA.documentName, p2Cookie);
    await Promise.all([moderatorOnTrack, moderatorOnDraft, p1Draft, p2Track].map((each) => each.whenSynced()));
    // The server gave the draft the track's two sections.
    expect(outline(p1Draft.doc)).toEqual(["heading:Problemfelder", "heading:Lösungsschritte"]);

    p1Draft.addContribution("problem", PROBLEM_ID, SECRET_PROBLEM);
    p1Draft.addContribution("step", STEP_ID, SECRET_STEP, { problemIds: JSON.stringify([PROBLEM_ID]) });
    // The moderator reads the draft: it is committed (updates are relayed only after they are stored).
    await moderatorOnDraft.whenDoc(() => moderatorOnDraft.text().includes(SECRET_STEP), "moderator reads the draft");
    await roundTrip(moderatorOnTrack, p2Frames);

    expect(p2Frames.received("ZEBRA-4711")).toBe(false);
    expect(p2Frames.received("OKAPI-0815")).toBe(false);
    expect(p2Track.text()).not.toContain("ZEBRA-4711");
  });

  it("after the reveal it receives them, with their ids and author, under the right headings", async () => {
    const response = await privateWriting({ intent: "reveal" }, cast.cookies.moderatorOfTrackA);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { done: string }).done).toBe("2 Beiträge wurden aufgedeckt.");
    await p2Frames.whenReceived("ZEBRA-4711");
    await p2Frames.whenReceived("OKAPI-0815");
    await p2Track.whenDoc(() => blockWithId(p2Track.doc, STEP_ID).length === 1, "P2 has the step");

    const order = outline(p2Track.doc);
    const problemsEnd = order.indexOf("heading:Lösungsschritte");
    expect(order.indexOf(`problem:${PROBLEM_ID}`)).toBeGreaterThan(order.indexOf("heading:Problemfelder"));
    expect(order.indexOf(`problem:${PROBLEM_ID}`)).toBeLessThan(problemsEnd);
    expect(order.indexOf(`step:${STEP_ID}`)).toBeGreaterThan(problemsEnd);
    const [problem] = blockWithId(p2Track.doc, PROBLEM_ID);
    expect(problem?.getAttribute("authorId")).toBe(p1Id);
    expect(problem?.getAttribute("authorName")).toBe("Paula Teilnehmerin");
    expect(problem?.getAttribute("authorOrganisation")).toBe("Stadt Erfurt");
    expect(blockWithId(p2Track.doc, STEP_ID)[0]?.getAttribute("problemIds")).toBe(JSON.stringify([PROBLEM_ID]));

    // The draft is emptied of what was revealed, and the read model records it for the track.
    await p1Draft.whenDoc(() => !p1Draft.text().includes("ZEBRA-4711"), "the draft no longer holds it");
    await until(
      (onChange) => {
        server.services.readModel.on("changed", onChange);
        return () => server.services.readModel.off("changed", onChange);
      },
      () => server.db.select().from(contributions).where(eq(contributions.id, PROBLEM_ID)).get() !== undefined,
      "the read model has the revealed problem",
    );
    const row = server.db.select().from(contributions).where(eq(contributions.id, PROBLEM_ID)).get();
    expect(row).toMatchObject({ trackId: cast.trackA.id, authorId: p1Id, kind: "problem" });
    const audited = server.db.select().from(auditLog).where(eq(auditLog.action, "drafts_revealed")).all();
    expect(audited.length).toBeGreaterThan(0);
  });

  it("revealing again duplicates nothing", async () => {
    const response = await privateWriting({ intent: "reveal" }, cast.cookies.moderatorOfTrackA);
    expect(((await response.json()) as { done: string }).done).toBe("0 Beiträge wurden aufgedeckt.");
    await roundTrip(moderatorOnTrack, p2Frames);
    await p2Track.whenDoc(() => p2Track.text().includes(`Rundlauf-${roundTrips}`), "P2 saw the round trip");
    expect(blockWithId(p2Track.doc, PROBLEM_ID)).toHaveLength(1);
    expect(blockWithId(p2Track.doc, STEP_ID)).toHaveLength(1);
  });

  it("what is typed after a reveal stays private until private writing ends", async () => {
    p1Draft.addContribution("problem", LATE_ID, LATE_PROBLEM);
    await moderatorOnDraft.whenDoc(() => moderatorOnDraft.text().includes("LEMUR-2342"), "moderator reads it");
    await roundTrip(moderatorOnTrack, p2Frames);
    expect(p2Frames.received("LEMUR-2342")).toBe(false);

    const off = await privateWriting({ intent: "settings", enabled: "off" }, cast.cookies.moderatorOfTrackA);
    expect(off.status).toBe(200);
    expect(((await off.json()) as { enabled: boolean }).enabled).toBe(false);
    // Participants' sockets were closed (their rights changed); a new connection gets the whole document.
    const reconnected = await recordingSocket(cast.trackA.documentName, p2Cookie);
    await reconnected.whenReceived("LEMUR-2342");
    await p2Track.whenDoc(() => blockWithId(p2Track.doc, LATE_ID).length === 1, "P2's client has it");
    const p1Tracks = await fetchTracks(server.url, cast.cookies.participant);
    expect(p1Tracks.find((track) => track.id === cast.trackA.id)?.access).toBe("write");
  });

  it("leaving the collect phase ends private writing and reveals every draft", async () => {
    const on = await privateWriting({ intent: "settings", enabled: "on" }, cast.cookies.moderatorOfTrackA);
    expect(on.status).toBe(200);
    const draft = client(draftName, cast.cookies.participant);
    await draft.whenSynced();
    draft.addContribution("problem", VOTE_ID, "Vor der Abstimmung geschrieben TAPIR-1234");
    await moderatorOnDraft.whenDoc(() => moderatorOnDraft.text().includes("TAPIR-1234"), "moderator reads it");
    expect(moderatorOnTrack.text()).not.toContain("TAPIR-1234");

    const moderator = resolveSession(server.db, sessionTokenFrom(cast.cookies.moderatorOfTrackA) ?? "");
    if (!moderator) throw new Error("no moderator session");
    const changed = changeTrackPhase(
      { db: server.db, services: server.services, actor: moderator },
      cast.trackA.id,
      "vote",
    );
    expect(changed).toEqual({ ok: true, changed: true });
    await moderatorOnTrack.whenDoc(() => blockWithId(moderatorOnTrack.doc, VOTE_ID).length === 1, "revealed");
    const row = server.db
      .select({ privateWriting: tracks.privateWriting })
      .from(tracks)
      .where(eq(tracks.id, cast.trackA.id))
      .get();
    expect(row?.privateWriting).toBe(false);
    const p2 = await recordingSocket(cast.trackA.documentName, p2Cookie);
    await p2.whenReceived("TAPIR-1234");
  });
});

describe("the switch reaches every open page of the track at once, over its socket", () => {
  /** A raw connection to the track's document that subscribed to the track's live state (ADR 008). */
  async function subscribed(cookie: string): Promise<ProtocolSocket> {
    const socket = await ProtocolSocket.open(server.url, cast.trackA.documentName, cookie);
    closers.push(() => socket.close());
    socket.subscribeToTrackState();
    await socket.when(() => socket.states.length > 0, "the first state");
    return socket;
  }
  const closers: (() => void)[] = [];
  afterAll(() => {
    for (const close of closers) close();
  });

  it("a subscribed page receives privateWriting true, then false, without asking", async () => {
    // The previous test left the collect phase; private writing can be switched on only in it.
    server.db.update(tracks).set({ phase: "collect" }).where(eq(tracks.id, cast.trackA.id)).run();
    const moderator = await subscribed(cast.cookies.moderatorOfTrackA);
    const participant = await subscribed(p2Cookie);
    expect(moderator.states.at(-1)?.privateWriting).toBe(false);
    expect(participant.states.at(-1)?.privateWriting).toBe(false);

    const on = await privateWriting({ intent: "settings", enabled: "on" }, cast.cookies.moderatorOfTrackA);
    expect(on.status).toBe(200);
    await moderator.when(() => moderator.states.at(-1)?.privateWriting === true, "the moderator's page sees it on");
    // The participant's page gets the new state first, then its socket is closed so that it reconnects with
    // the new (read-only) rights: it learns of the switch without waiting for the reconnect.
    await participant.when(() => participant.closeCode !== null, "the participant's socket is closed");
    expect(participant.closeCode).toBe(CloseCode.accessChanged);
    const kinds = participant.events.map((event) => event.kind);
    expect(kinds.lastIndexOf("state")).toBeLessThan(kinds.indexOf("closed"));
    expect(participant.states.at(-1)?.privateWriting).toBe(true);
    // The moderator keeps their socket: their rights did not change.
    expect(moderator.closeCode).toBeNull();

    const reconnected = await subscribed(p2Cookie);
    expect(reconnected.states.at(-1)?.privateWriting).toBe(true);
    const off = await privateWriting({ intent: "settings", enabled: "off" }, cast.cookies.moderatorOfTrackA);
    expect(off.status).toBe(200);
    await moderator.when(() => moderator.states.at(-1)?.privateWriting === false, "the moderator's page sees it off");
    await reconnected.when(() => reconnected.closeCode !== null, "the participant's socket is closed again");
    expect(reconnected.states.at(-1)?.privateWriting).toBe(false);
  });

  it("a reveal pushes nothing: no page's data changes", async () => {
    const on = await privateWriting({ intent: "settings", enabled: "on" }, cast.cookies.moderatorOfTrackA);
    expect(on.status).toBe(200);
    const moderator = await subscribed(cast.cookies.moderatorOfTrackA);
    const seen = moderator.states.length;
    const reveal = await privateWriting({ intent: "reveal" }, cast.cookies.moderatorOfTrackA);
    expect(reveal.status).toBe(200);
    // The server answers in order: once it has answered this, a state pushed by the reveal would be here.
    await moderator.serverDocument();
    expect(moderator.states.length).toBe(seen);
  });
});
