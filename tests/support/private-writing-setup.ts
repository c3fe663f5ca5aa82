import * as encoding from "lib0/encoding";
import { afterAll, beforeAll } from "vitest";
import type { WebSocket } from "ws";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { sessionTokenFrom } from "../../server/auth/session-cookie";
import { resolveSession } from "../../server/auth/sessions";
import { MessageType } from "../../shared/collab-protocol";
import { draftDocumentName } from "../../shared/document-name";
import { CollabClient } from "./collab-client";
import { joinEvent, postForm } from "./http-session";
import { type Cast, createCast } from "./principals";
import { openCollabSocket } from "./raw-socket";
import { startTestServer } from "./test-server";
import { until } from "./wait";

/**
 * Private writing is enforced by the server: while it is on, a participant's new contributions live in a
 * draft document that no other participant's connection ever receives a byte of; a moderator's reveal
 * moves them into the track's document. The checks look at the raw frames that reach the second
 * participant's socket, not at anything rendered.
 */

export let server: Awaited<ReturnType<typeof startTestServer>>;
export let cast: Cast;
/** P1 is the cast's participant (Paula); P2 joins as a second participant of the same event. */
export let p1Id: string;
export let p2Cookie: string;
export let draftName: string;
export const clients: CollabClient[] = [];
export const sockets: WebSocket[] = [];

export const PROBLEM_ID = "6a1f0c2e-0b7e-4d51-9d3a-1c2b3d4e5f60";
export const STEP_ID = "7b2e1d3f-1c8f-4e62-8e4b-2d3c4e5f6a71";
export const LATE_ID = "8c3f2e4a-2d9a-4f73-9f5c-3e4d5f6a7b82";
export const SECRET_PROBLEM = "Geheimes Problemfeld ZEBRA-4711";
export const SECRET_STEP = "Geheimer Lösungsschritt OKAPI-0815";
export const LATE_PROBLEM = "Spät geschriebenes Problemfeld LEMUR-2342";
export const VOTE_ID = "9d4a3f5b-3eab-4a84-8a6d-4f5a6b7c8d93";

export function participantIdOf(cookie: string): string {
  const principal = resolveSession(server.db, sessionTokenFrom(cookie) ?? "");
  if (principal?.kind !== "participant") throw new Error("not a participant");
  return principal.participantId;
}

export function client(documentName: string, cookie: string): CollabClient {
  const created = new CollabClient(server.url, documentName, cookie);
  clients.push(created);
  return created;
}

export function privateWriting(fields: Record<string, string>, cookie: string) {
  return postForm(server.url, `${cast.trackA.path}/private-writing`, fields, { cookie });
}

/**
 * A raw connection to a document that records every frame the server sends it. It asks for the whole
 * document once (sync step 1 with an empty state vector) and then receives every committed update.
 */
export async function recordingSocket(documentName: string, cookie: string) {
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
export let roundTrips = 0;
export async function roundTrip(
  moderator: CollabClient,
  ...recorders: { whenReceived(text: string): Promise<void> }[]
) {
  const marker = `Rundlauf-${++roundTrips}`;
  moderator.type(marker);
  await Promise.all(recorders.map((recorder) => recorder.whenReceived(marker)));
  return marker;
}

/** Top-level node names and contribution ids of a document, in order, e.g. `heading:Problemfelder`. */
export function outline(doc: Y.Doc): string[] {
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

export function blockWithId(doc: Y.Doc, id: string): Y.XmlElement[] {
  return doc
    .getXmlFragment("default")
    .toArray()
    .filter((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.getAttribute("id") === id);
}

/** Starts the server and the cast for one test file; call it once at the top of the file. */
export function withPrivateWritingServer(): void {
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
}
