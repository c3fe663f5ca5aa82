import * as decoding from "lib0/decoding";
import type { WebSocket } from "ws";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import { CloseCode, MessageType } from "../../shared/collab-protocol";
import type { Logger } from "../logger";
import type { DocumentRegistry } from "./document-registry";
import type { LiveDocument, Peer } from "./live-document";
import { awarenessFrame, SyncStep, saveConfirmationFrame, syncStep1Frame, syncStep2Frame } from "./messages";

/** A socket that cannot take more than this is too slow to keep up; it is closed and syncs again later. */
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;

/**
 * One client connected to one live document over the y-websocket protocol. It speaks for the client: it
 * decodes each frame, applies it to the document (the registry stores and relays it), and answers sync and
 * save-confirmation requests only once everything received before them is stored.
 */
export class CollabConnection implements Peer {
  /** Awareness client ids this connection has announced; they are removed when it closes. */
  private readonly awarenessClientIds = new Set<number>();
  private closed = false;

  constructor(
    private readonly ws: WebSocket,
    private readonly live: LiveDocument,
    private readonly registry: DocumentRegistry,
    private readonly logger: Logger,
  ) {
    live.peers.add(this);
    live.awareness.on("update", this.trackAwarenessClients);
    ws.on("message", (data, isBinary) => this.receive(data, isBinary));
    ws.on("close", () => this.cleanUp());
    ws.on("error", (error) => this.logger.warn({ err: error, document: live.name }, "socket error"));
    this.send(syncStep1Frame(live.doc));
    const states = [...live.awareness.getStates().keys()];
    if (states.length > 0) this.send(awarenessFrame(live.awareness, states));
  }

  send(frame: Uint8Array): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
    if (this.ws.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.close(CloseCode.slowConsumer, "Verbindung zu langsam.");
      return;
    }
    this.ws.send(frame);
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.ws.close(code, reason);
  }

  private receive(data: WebSocket.RawData, isBinary: boolean): void {
    // Once closing, nothing more is applied: the client keeps what it sent and sends it again on reconnect.
    if (this.closed) return;
    if (!isBinary) {
      this.close(CloseCode.protocolError, "Ungültige Nachricht.");
      return;
    }
    try {
      this.handle(new Uint8Array(toBuffer(data)));
    } catch (error) {
      this.logger.warn({ err: error, document: this.live.name }, "malformed frame; connection closed");
      this.close(CloseCode.protocolError, "Ungültige Nachricht.");
    }
  }

  private handle(frame: Uint8Array): void {
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MessageType.sync:
        this.handleSync(decoder);
        return;
      case MessageType.awareness:
        awarenessProtocol.applyAwarenessUpdate(this.live.awareness, decoding.readVarUint8Array(decoder), this);
        return;
      case MessageType.queryAwareness:
        this.send(awarenessFrame(this.live.awareness, [...this.live.awareness.getStates().keys()]));
        return;
      case MessageType.auth:
        return;
      case MessageType.saveConfirmation: {
        const nonce = decoding.readVarUint(decoder);
        void this.afterStored(() => saveConfirmationFrame(nonce));
        return;
      }
      default:
        throw new Error(`unknown message type ${type}`);
    }
  }

  private handleSync(decoder: decoding.Decoder): void {
    const step = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    switch (step) {
      case SyncStep.step1:
        Y.decodeStateVector(payload); // validates now, so a malformed vector closes the connection here
        void this.afterStored(() => syncStep2Frame(this.live.doc, payload));
        return;
      case SyncStep.step2:
      case SyncStep.update:
        Y.applyUpdate(this.live.doc, payload, this);
        return;
      default:
        throw new Error(`unknown sync step ${step}`);
    }
  }

  /** Sends a frame built from the document once everything applied so far is committed. */
  private async afterStored(frame: () => Uint8Array): Promise<void> {
    await this.registry.whenStored(this.live);
    if (!this.closed) this.send(frame());
  }

  private readonly trackAwarenessClients = (change: { added: number[]; removed: number[] }, origin: unknown): void => {
    if (origin !== this) return;
    for (const id of change.added) this.awarenessClientIds.add(id);
    for (const id of change.removed) this.awarenessClientIds.delete(id);
  };

  private cleanUp(): void {
    this.closed = true;
    this.live.peers.delete(this);
    this.live.awareness.off("update", this.trackAwarenessClients);
    awarenessProtocol.removeAwarenessStates(this.live.awareness, [...this.awarenessClientIds], null);
    this.registry.release(this.live);
  }
}

function toBuffer(data: WebSocket.RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}
