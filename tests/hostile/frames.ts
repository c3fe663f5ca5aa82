import * as encoding from "lib0/encoding";
import type { WebSocket } from "ws";
import * as Y from "yjs";
import { MessageType } from "../../shared/collab-protocol";
import { CollabClient } from "../support/collab-client";
import { closeCodeOf, openCollabSocket } from "../support/raw-socket";

/** Raw y-websocket frames, as a modified client would send them. Sub-types are those of y-protocols/sync. */
export const SyncStep = { step1: 0, step2: 1, update: 2 } as const;

export function frame(type: number, write: (encoder: encoding.Encoder) => void = () => {}): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export function syncFrame(step: number, payload: Uint8Array): Uint8Array {
  return frame(MessageType.sync, (encoder) => {
    encoding.writeVarUint(encoder, step);
    encoding.writeVarUint8Array(encoder, payload);
  });
}

export function awarenessFrame(entries: { clientId: number; clock: number; json: string }[]): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(inner, entry.clientId);
    encoding.writeVarUint(inner, entry.clock);
    encoding.writeVarString(inner, entry.json);
  }
  return frame(MessageType.awareness, (encoder) => encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner)));
}

/** An open socket to a document, as the participant whose cookie is given. */
export async function attackerSocket(baseUrl: string, documentName: string, cookie: string): Promise<WebSocket> {
  const { status, ws } = await openCollabSocket(baseUrl, documentName, { cookie });
  if (!ws) throw new Error(`upgrade refused with ${status}`);
  return ws;
}

/**
 * Resolves once the server has handled everything sent on this socket before: it answers a save
 * confirmation only after the frames before it (frames on one socket are handled in order). Resolves with
 * the close code instead if the server closes the socket first.
 */
export function settle(ws: WebSocket): Promise<"settled" | number> {
  const nonce = Math.floor(Math.random() * 1_000_000);
  return new Promise((resolve) => {
    ws.on("message", (data: Buffer) => {
      if (data[0] === MessageType.saveConfirmation) resolve("settled");
    });
    void closeCodeOf(ws).then(resolve);
    if (ws.readyState === ws.OPEN) ws.send(frame(MessageType.saveConfirmation, (e) => encoding.writeVarUint(e, nonce)));
  });
}

/** What a fresh stock client sees of a document: its state vector and content. */
export async function documentSeen(
  baseUrl: string,
  documentName: string,
  cookie: string,
): Promise<{ vector: string; content: string }> {
  const client = new CollabClient(baseUrl, documentName, cookie, "Prüferin");
  try {
    await client.whenSynced();
    return {
      vector: Buffer.from(Y.encodeStateVector(client.doc)).toString("hex"),
      content: client.doc.getXmlFragment("default").toString(),
    };
  } finally {
    client.destroy();
  }
}
