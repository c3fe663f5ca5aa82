import * as awarenessProtocol from "y-protocols/awareness";
import type * as Y from "yjs";
import { awarenessFrame } from "./messages";

/**
 * Presence changes of a document are gathered for this long and relayed as one frame: with a hundred
 * people typing, one frame per cursor move to each of a hundred peers would be 50,000 sends a second.
 * Cursors lag by at most this much; document updates are not delayed by it.
 */
const AWARENESS_WINDOW_MS = 30;

/** What a live document needs of a connection: a way to send a frame and to close it. */
export interface Peer {
  send(frame: Uint8Array): void;
  close(code: number, reason: string): void;
}

/**
 * A loaded document with the people connected to it. It relays awareness (presence) between its peers;
 * document updates are relayed by the registry, and only after they were stored. Only the registry
 * creates and destroys live documents.
 */
export class LiveDocument {
  readonly awareness: awarenessProtocol.Awareness;
  readonly peers = new Set<Peer>();
  /** Which peer speaks for which awareness client id: one peer cannot speak for another's id. */
  private readonly awarenessOwners = new Map<number, Peer>();
  /** Client ids whose presence changed since the last relayed awareness frame. */
  private readonly awarenessChanged = new Set<number>();
  private awarenessTimer: NodeJS.Timeout | null = null;

  constructor(
    readonly name: string,
    readonly doc: Y.Doc,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    // The server is not a participant: it must not show up in anyone's list of who is present.
    this.awareness.setLocalState(null);
    this.awareness.on("update", this.relayAwareness);
  }

  broadcast(frame: Uint8Array): void {
    for (const peer of this.peers) peer.send(frame);
  }

  /** Gives the awareness client id to this peer, unless another open peer already speaks for it. */
  claimAwarenessClient(clientId: number, peer: Peer): boolean {
    const owner = this.awarenessOwners.get(clientId);
    if (owner && owner !== peer && this.peers.has(owner)) return false;
    this.awarenessOwners.set(clientId, peer);
    return true;
  }

  releaseAwarenessClient(clientId: number, peer: Peer): void {
    if (this.awarenessOwners.get(clientId) === peer) this.awarenessOwners.delete(clientId);
  }

  closeAll(code: number, reason: string): void {
    for (const peer of this.peers) peer.close(code, reason);
  }

  destroy(): void {
    if (this.awarenessTimer) clearTimeout(this.awarenessTimer);
    this.awareness.off("update", this.relayAwareness);
    this.awareness.destroy();
    this.doc.destroy();
  }

  private readonly relayAwareness = (change: { added: number[]; updated: number[]; removed: number[] }) => {
    for (const ids of [change.added, change.updated, change.removed])
      for (const id of ids) this.awarenessChanged.add(id);
    if (this.awarenessChanged.size > 0) this.awarenessTimer ??= setTimeout(this.flushAwareness, AWARENESS_WINDOW_MS);
  };

  /** One frame with the latest state of every client that changed (a removed one is encoded as null). */
  private readonly flushAwareness = () => {
    this.awarenessTimer = null;
    const changed = [...this.awarenessChanged];
    this.awarenessChanged.clear();
    if (changed.length > 0) this.broadcast(awarenessFrame(this.awareness, changed));
  };
}
