import { eq } from "drizzle-orm";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { afterAll, beforeAll } from "vitest";
import type { WebSocket } from "ws";
import * as Y from "yjs";
import { tracks } from "../../db/schema";
import { MessageType } from "../../shared/collab-protocol";
import { parseTrackState, type TrackPhase, type TrackState } from "../../shared/track-phase";
import type { CollabClient } from "./collab-client";
import { postForm } from "./http-session";
import { type Cast, createCast, type Role } from "./principals";
import { openCollabSocket } from "./raw-socket";
import { startTestServer } from "./test-server";
import { until } from "./wait";

/**
 * Phases and timer of a track (issue #8, ADR 008): who may change them, how the change reaches every open
 * page of the track over the collaboration socket, and that the closed phase takes writing away on the
 * server, whatever a client sends.
 */

export let server: Awaited<ReturnType<typeof startTestServer>>;
export let cast: Cast;
export const sockets: WebSocket[] = [];
export const clients: CollabClient[] = [];

export function frame(type: number, write: (encoder: encoding.Encoder) => void = () => {}): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** A raw socket to a track's document that records every track state the server sends it. */
export class StateListener {
  readonly states: TrackState[] = [];
  private readonly listeners = new Set<() => void>();

  private constructor(readonly ws: WebSocket) {
    ws.on("message", (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) !== MessageType.trackState) return;
      const state = parseTrackState(decoding.readVarString(decoder));
      if (!state) throw new Error("the server sent a malformed track state");
      this.states.push(state);
      for (const listener of this.listeners) listener();
    });
  }

  static async open(documentName: string, cookie: string, subscribe = true): Promise<StateListener> {
    const { ws } = await openCollabSocket(server.url, documentName, { cookie });
    if (!ws) throw new Error("upgrade refused");
    sockets.push(ws);
    const listener = new StateListener(ws);
    if (subscribe) {
      ws.send(frame(MessageType.trackState));
      await listener.whenState(() => true, "the first state");
    }
    return listener;
  }

  get latest(): TrackState | undefined {
    return this.states.at(-1);
  }

  whenState(condition: (state: TrackState) => boolean, description: string): Promise<void> {
    return until(
      (onChange) => {
        this.listeners.add(onChange);
        return () => this.listeners.delete(onChange);
      },
      () => this.latest !== undefined && condition(this.latest),
      description,
    );
  }

  /**
   * Resolves once the server has handled everything sent before: it answers a sync step 1 in order. (Not a
   * save confirmation: a read-only connection that sent a change gets none, by design.)
   */
  async settle(frames: Uint8Array[] = []): Promise<void> {
    const answered = new Promise<void>((resolve) => {
      this.ws.on("message", (data: Buffer) => {
        if (data[0] === MessageType.sync && data[1] === 1) resolve(); // sync step 2
      });
    });
    for (const each of frames) this.ws.send(each);
    this.ws.send(
      frame(MessageType.sync, (e) => {
        encoding.writeVarUint(e, 0); // sync step 1
        encoding.writeVarUint8Array(e, Y.encodeStateVector(new Y.Doc()));
      }),
    );
    await answered;
  }
}

export function postState(path: string, role: Role, fields: Record<string, string>): Promise<Response> {
  return postForm(server.url, `${path}/state`, fields, { cookie: cast.cookies[role] });
}

export function phaseOf(trackId: string): TrackPhase | undefined {
  return server.db.select({ phase: tracks.phase }).from(tracks).where(eq(tracks.id, trackId)).get()?.phase;
}

/** An update that appends a paragraph, built on top of a document's current state. */
export function paragraphUpdate(base: Y.Doc, text: string): Uint8Array {
  const scratch = new Y.Doc();
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(scratch);
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(text)]);
  scratch.getXmlFragment("default").push([paragraph]);
  return Y.encodeStateAsUpdate(scratch, before);
}

/** Starts the server and the cast for one test file; call it once at the top of the file. */
export function withPhaseServer(): void {
  beforeAll(async () => {
    server = await startTestServer();
    cast = await createCast(server.url, server.db);
  });
  afterAll(async () => {
    for (const ws of sockets) ws.terminate();
    for (const client of clients) client.destroy();
    await server.cleanUp();
  });
}
