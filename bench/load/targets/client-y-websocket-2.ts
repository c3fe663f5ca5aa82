/**
 * Clients for the y-websocket@2.1.0 server, loaded by the generator processes. The full client is the
 * stock WebsocketProvider — the app's own copy (y-websocket 3.1.0, the same wire protocol as 2.1.0), so
 * that Fahrplan and this reference are driven by the same client code. The raw client speaks the
 * protocol directly: [message type][y-protocols sync or awareness message], no document name (the
 * document is the URL path).
 *
 * The server answers a client's sync step 1 before it has loaded a document from LevelDB (bindState is
 * not awaited), so its first "sync" can be empty and the stored content follow as an update. For
 * documents that start with stored content (see isStoredDocument) both clients therefore count as
 * synced only once content has arrived — the moment a user would see the document.
 */
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { WebSocket } from "ws";
import * as syncProtocol from "y-protocols/sync";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import type { ConnectOptions, FullClient, RawClient } from "../target";
import { RawSocket } from "./raw-socket";
import { rawSyncState } from "./raw-sync";
import { isStoredDocument } from "./stored-updates";

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
/** An update without content is two bytes: no structs, no deletions. */
const EMPTY_UPDATE_LENGTH = 2;
/** Stands for the raw client's state in the sync handshake: it keeps no document. */
const NOTHING = new Y.Doc();

export function connectFull(wsUrl: string, options: ConnectOptions): FullClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsUrl, options.document, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // A BroadcastChannel would sync clients of one generator process past the server.
    disableBc: true,
  });
  const mustHoldContent = isStoredDocument(options.document);
  const synced = new Promise<void>((resolve) => {
    const check = () => {
      if (!provider.synced || (mustHoldContent && doc.store.clients.size === 0)) return;
      provider.off("sync", check);
      doc.off("update", check);
      resolve();
    };
    provider.on("sync", check);
    doc.on("update", check);
  });
  return {
    doc,
    awareness: provider.awareness,
    synced,
    destroy() {
      // Both, or the awareness timer of the doc keeps the generator process alive.
      provider.destroy();
      doc.destroy();
    },
  };
}

export function connectRaw(wsUrl: string, options: ConnectOptions): RawClient {
  const socket = new RawSocket(`${wsUrl}/${options.document}`);
  const { synced, markSynced, fail } = rawSyncState();
  socket.onClose(fail);
  // Our state is empty, so the server answers with the whole document (sync step 2).
  socket.send(syncMessage((encoder) => syncProtocol.writeSyncStep1(encoder, NOTHING)));
  const mustHoldContent = isStoredDocument(options.document);
  let answered = false;
  let holdsContent = false;
  socket.onFrame((frame) => {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return;
    const syncType = decoding.readVarUint(decoder);
    // The server asks for what we have: we keep no document, so the answer is an empty update.
    if (syncType === syncProtocol.messageYjsSyncStep1) {
      socket.send(syncMessage((encoder) => syncProtocol.writeSyncStep2(encoder, NOTHING)));
      return;
    }
    answered ||= syncType === syncProtocol.messageYjsSyncStep2;
    holdsContent ||= decoding.readVarUint8Array(decoder).length > EMPTY_UPDATE_LENGTH;
    if (answered && (holdsContent || !mustHoldContent)) markSynced();
  });
  return {
    synced,
    sendUpdate: (update) => socket.send(syncMessage((encoder) => syncProtocol.writeUpdate(encoder, update))),
    sendAwareness: (update) =>
      socket.send(
        encoding.encode((encoder) => {
          encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
          encoding.writeVarUint8Array(encoder, update);
        }),
      ),
    onFrame: (listener) => socket.onFrame(listener),
    onClose: (listener) => socket.onClose(listener),
    destroy: () => socket.close(),
  };
}

function syncMessage(write: (encoder: encoding.Encoder) => void): Uint8Array {
  return encoding.encode((encoder) => {
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    write(encoder);
  });
}
