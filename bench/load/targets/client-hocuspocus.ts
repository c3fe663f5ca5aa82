/**
 * Clients for @hocuspocus/server, loaded by the generator processes. The full client is the stock
 * HocuspocusProvider (3.4.4) on a HocuspocusProviderWebsocket of its own, with `ws` as its WebSocket.
 * The raw client speaks Hocuspocus' protocol directly: every message starts with the document name,
 * then the message type; a document is only served after an authentication message for it.
 */
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { WebSocket } from "ws";
import type { Awareness } from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import type { ConnectOptions, FullClient, RawClient } from "../target";
import { RawSocket } from "./raw-socket";
import { rawSyncState } from "./raw-sync";
import { importReference } from "./reference-install";

/** Message types of Hocuspocus (@hocuspocus/server src/types.ts). */
const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const MESSAGE_AUTH = 2;
/** Like SYNC, but the server sends it as an answer and expects no step 1 back. */
const MESSAGE_SYNC_REPLY = 4;
/** Auth sub-types (@hocuspocus/common src/auth.ts). */
const AUTH_TOKEN = 0;
const AUTH_PERMISSION_DENIED = 1;

/** Stands for the raw client's state in the sync handshake: it keeps no document. */
const NOTHING = new Y.Doc();

/** The few parts of @hocuspocus/provider used here (it is loaded from bench/reference, untyped). */
interface ProviderModule {
  HocuspocusProviderWebsocket: new (options: { url: string; WebSocketPolyfill: unknown }) => { destroy(): void };
  HocuspocusProvider: new (options: {
    name: string;
    document: Y.Doc;
    token: string;
    websocketProvider: unknown;
  }) => {
    readonly awareness: Awareness | null;
    attach(): void;
    on(event: "synced", listener: () => void): void;
    destroy(): void;
  };
}

// Generator processes import this module only after the target has installed bench/reference.
const provider = (await importReference("client-side.mjs")) as ProviderModule;

export function connectFull(wsUrl: string, options: ConnectOptions): FullClient {
  const doc = new Y.Doc();
  const socket = new provider.HocuspocusProviderWebsocket({ url: wsUrl, WebSocketPolyfill: WebSocket });
  const client = new provider.HocuspocusProvider({
    name: options.document,
    document: doc,
    token: options.credentials.token ?? "",
    websocketProvider: socket,
  });
  // A provider handed a websocket of its own is only attached on request.
  client.attach();
  const synced = new Promise<void>((resolve) => client.on("synced", resolve));
  const { awareness } = client;
  if (awareness === null) throw new Error("the Hocuspocus provider has no awareness");
  return {
    doc,
    awareness,
    synced,
    destroy() {
      client.destroy();
      socket.destroy();
      doc.destroy();
    },
  };
}

export function connectRaw(wsUrl: string, options: ConnectOptions): RawClient {
  const socket = new RawSocket(wsUrl);
  const { synced, markSynced, fail } = rawSyncState();
  const name = options.document;
  socket.onClose(fail);
  // The server queues everything after the authentication message until it has let us in.
  socket.send(
    message(name, MESSAGE_AUTH, (encoder) => {
      encoding.writeVarUint(encoder, AUTH_TOKEN);
      encoding.writeVarString(encoder, options.credentials.token ?? "");
    }),
  );
  socket.send(message(name, MESSAGE_SYNC, (encoder) => syncProtocol.writeSyncStep1(encoder, NOTHING)));
  socket.onFrame((frame) => {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarString(decoder) !== name) return;
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_AUTH && decoding.readVarUint(decoder) === AUTH_PERMISSION_DENIED) {
      fail(1008);
      socket.close();
      return;
    }
    if (type !== MESSAGE_SYNC && type !== MESSAGE_SYNC_REPLY) return;
    const syncType = decoding.readVarUint(decoder);
    if (syncType === syncProtocol.messageYjsSyncStep2) markSynced();
    // The server asks for what we have: we keep no document, so the answer is an empty update.
    if (syncType === syncProtocol.messageYjsSyncStep1) {
      socket.send(message(name, MESSAGE_SYNC, (encoder) => syncProtocol.writeSyncStep2(encoder, NOTHING)));
    }
  });
  return {
    synced,
    sendUpdate: (update) =>
      socket.send(message(name, MESSAGE_SYNC, (encoder) => syncProtocol.writeUpdate(encoder, update))),
    sendAwareness: (update) =>
      socket.send(message(name, MESSAGE_AWARENESS, (encoder) => encoding.writeVarUint8Array(encoder, update))),
    onFrame: (listener) => socket.onFrame(listener),
    onClose: (listener) => socket.onClose(listener),
    destroy: () => socket.close(),
  };
}

function message(documentName: string, type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  return encoding.encode((encoder) => {
    encoding.writeVarString(encoder, documentName);
    encoding.writeVarUint(encoder, type);
    write(encoder);
  });
}
