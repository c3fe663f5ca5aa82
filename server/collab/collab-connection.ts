import * as decoding from "lib0/decoding";
import type { WebSocket } from "ws";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import { CloseCode, MessageType } from "../../shared/collab-protocol";
import type { Logger } from "../logger";
import { AwarenessGuard, type PresenceIdentity } from "./awareness-guard";
import { type ChangeOrigin, clientChange } from "./change-origin";
import type { DocumentRegistry } from "./document-registry";
import { assertDecodableUpdate, dropPending, MAX_PENDING_BYTES, pendingBytes } from "./incoming-update";
import { LatestWinsThrottle } from "./latest-wins-throttle";
import { awarenessFrame, SyncStep, saveConfirmationFrame, syncStep1Frame, syncStep2Frame } from "./messages";
import { assertBoundedNesting } from "./nesting-depth";
import { wouldChangeDocument } from "./refused-change";
import type { ConnectionGrant, Peer, Room } from "./room";
import { TokenBucket } from "./token-bucket";

/** A socket that cannot take more than this is too slow to keep up; it is closed and syncs again later. */
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;
/** Far above what a person produces (a keystroke and a cursor move at 5 keys/s are 10 messages/s). */
const MESSAGES_PER_SECOND = 100;
const MESSAGE_BURST = 300;
/** Presence is applied at most 20 times a second per connection; the latest state always gets through. */
const AWARENESS_INTERVAL_MS = 50;

export interface ConnectionOptions {
  room: Room;
  registry: DocumentRegistry;
  logger: Logger;
  grant: ConnectionGrant;
  /** The name and colour others see; null for connections that show no presence (observers). */
  identity: PresenceIdentity | null;
  /** The current state frame of a track (server/track-phases/track-state.ts); null when the track is gone. */
  trackStateFrame: (trackId: string) => Uint8Array | null;
}

/**
 * One client connected to one room over the y-websocket protocol. It decodes each frame and applies
 * it to the document as this client's change (the commit pipeline stores it, the room relays it), and answers sync and save-confirmation
 * requests only once everything received before them is stored. Rights were decided at the upgrade and
 * are enforced here on every message type: a read-only connection's updates and presence change nothing
 * and reach no one.
 */
export class CollabConnection implements Peer {
  private readonly room: Room;
  /** Marks this client's transactions, so that observers know whose change it was (change-origin.ts). */
  private readonly origin: ChangeOrigin;
  private readonly awarenessGuard: AwarenessGuard | null;
  private readonly messageBucket = new TokenBucket(MESSAGES_PER_SECOND, MESSAGE_BURST);
  private readonly awarenessThrottle = new LatestWinsThrottle<Uint8Array>(AWARENESS_INTERVAL_MS, (update) => {
    if (!this.closed) awarenessProtocol.applyAwarenessUpdate(this.room.awareness, update, this);
  });
  private closed = false;
  /** Whether an update of this connection left structs waiting for dependencies that have not arrived. */
  private leftPending = false;
  /**
   * Whether this read-only connection sent a change that was dropped (typed in the moment its rights were
   * taken away, e.g. by private writing). From then on it gets no save confirmation: the client counts
   * the refused change among its own until the page is reloaded, so every later "saved" would cover it.
   */
  private refusedChange = false;

  constructor(
    private readonly ws: WebSocket,
    private readonly options: ConnectionOptions,
  ) {
    const { room, grant, identity } = options;
    this.room = room;
    this.origin = clientChange(grant.principal);
    this.awarenessGuard =
      grant.readOnly || !identity ? null : new AwarenessGuard(identity, (id) => room.claimAwarenessClient(id, this));
    room.join(this, grant);
    ws.on("message", (data, isBinary) => this.receive(data, isBinary));
    ws.on("close", () => this.cleanUp());
    ws.on("error", (error) => options.logger.warn({ err: error, document: room.name }, "socket error"));
    this.send(syncStep1Frame(room.doc));
    const states = [...room.awareness.getStates().keys()];
    if (states.length > 0) this.send(awarenessFrame(room.awareness, states));
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
    if (!this.messageBucket.take()) {
      this.close(CloseCode.tooManyMessages, "Zu viele Nachrichten.");
      return;
    }
    if (!isBinary) {
      this.close(CloseCode.protocolError, "Ungültige Nachricht.");
      return;
    }
    try {
      this.handle(new Uint8Array(toBuffer(data)));
    } catch (error) {
      this.options.logger.warn({ err: error, document: this.room.name }, "malformed frame; connection closed");
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
        this.handleAwareness(decoding.readVarUint8Array(decoder));
        return;
      case MessageType.queryAwareness:
        this.send(awarenessFrame(this.room.awareness, [...this.room.awareness.getStates().keys()]));
        return;
      case MessageType.auth:
        return;
      case MessageType.saveConfirmation: {
        const nonce = decoding.readVarUint(decoder);
        // No answer: the page keeps showing its change as not yet saved rather than "gespeichert".
        if (this.refusedChange) return;
        void this.afterStored(() => saveConfirmationFrame(nonce));
        return;
      }
      case MessageType.trackState:
        // Read-only connections subscribe too: observers and the projector show the phase and the timer.
        this.room.followTrackState(this, this.options.trackStateFrame(this.options.grant.trackId));
        return;
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
        void this.afterStored(() => syncStep2Frame(this.room.doc, payload));
        return;
      case SyncStep.step2:
      case SyncStep.update:
        if (this.options.grant.readOnly) {
          this.refusedChange ||= wouldChangeDocument(this.room.doc, payload);
          return;
        }
        this.applyUpdate(payload);
        return;
      default:
        throw new Error(`unknown sync step ${step}`);
    }
  }

  /**
   * Applies a client's update only if it decodes completely and nests no element too deep, and bounds what
   * it leaves waiting for missing dependencies: over the bound the connection is closed as broken and the
   * waiting structs are dropped. (A thrown error closes the connection with 4400.)
   */
  private applyUpdate(update: Uint8Array): void {
    const doc = this.room.doc;
    assertBoundedNesting(doc, assertDecodableUpdate(update));
    Y.applyUpdate(doc, update, this.origin);
    if (pendingBytes(doc) === 0) return;
    this.leftPending = true;
    if (pendingBytes(doc) > MAX_PENDING_BYTES) {
      dropPending(doc);
      throw new Error("too much waits for missing dependencies");
    }
  }

  private handleAwareness(update: Uint8Array): void {
    const sanitized = this.awarenessGuard?.sanitize(update);
    if (sanitized) this.awarenessThrottle.push(sanitized);
  }

  /** Sends a frame built from the document once everything applied so far is committed. */
  private async afterStored(frame: () => Uint8Array): Promise<void> {
    await this.options.registry.whenStored(this.room);
    if (!this.closed) this.send(frame());
  }

  private cleanUp(): void {
    this.closed = true;
    this.awarenessThrottle.cancel();
    this.room.leave(this);
    // What this connection left waiting can no longer be completed by it, and it would block compaction.
    if (this.leftPending) dropPending(this.room.doc);
    const clientId = this.awarenessGuard?.ownClientId;
    if (clientId !== null && clientId !== undefined) {
      this.room.releaseAwarenessClient(clientId, this);
      awarenessProtocol.removeAwarenessStates(this.room.awareness, [clientId], null);
    }
    this.options.registry.release(this.room);
  }
}

function toBuffer(data: WebSocket.RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}
