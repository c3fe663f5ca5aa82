import * as awarenessProtocol from "y-protocols/awareness";
import type * as Y from "yjs";
import { CloseCode } from "../../shared/collab-protocol";
import type { Principal } from "../auth/principal";
import { awarenessFrame, updateFrame } from "./messages";

/**
 * Presence changes of a document are gathered for this long and relayed as one frame: with a hundred
 * people typing, one frame per cursor move to each of a hundred peers would be 50,000 sends a second.
 * Cursors lag by at most this much; document updates are not delayed by it.
 */
const AWARENESS_WINDOW_MS = 30;

/** What a room needs of a connection: a way to send a frame and to close it. */
export interface Peer {
  send(frame: Uint8Array): void;
  close(code: number, reason: string): void;
}

/** What a connection was granted at its upgrade. Rights are decided once per connection. */
export interface ConnectionGrant {
  principal: Principal;
  eventId: string;
  trackId: string;
  readOnly: boolean;
}

interface Member {
  grant: ConnectionGrant;
  /** Whether it asked for its track's live state (phase, timer; shared/track-phase.ts). */
  followsTrackState: boolean;
  /** Closed because its rights changed; it stays a member until its socket has closed. */
  revoked: boolean;
}

/**
 * A loaded document and the people in it: who is a member with which grant, and both relays to them —
 * document updates (only once the commit pipeline has stored them) and presence. Only the registry creates
 * and destroys rooms; connections join and leave them.
 */
export class Room {
  readonly awareness: awarenessProtocol.Awareness;
  private readonly members = new Map<Peer, Member>();
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

  join(peer: Peer, grant: ConnectionGrant): void {
    this.members.set(peer, { grant, followsTrackState: false, revoked: false });
  }

  leave(peer: Peer): void {
    this.members.delete(peer);
  }

  /** Members whose rights still hold (the connections counted by /metrics). */
  get size(): number {
    let count = 0;
    for (const member of this.members.values()) if (!member.revoked) count++;
    return count;
  }

  /** Relays a stored update to every member, encoded once for all of them. */
  relayUpdate(update: Uint8Array): void {
    const frame = updateFrame(update);
    for (const peer of this.members.keys()) peer.send(frame);
  }

  /** Gives the awareness client id to this peer, unless another member already speaks for it. */
  claimAwarenessClient(clientId: number, peer: Peer): boolean {
    const owner = this.awarenessOwners.get(clientId);
    if (owner && owner !== peer && this.members.has(owner)) return false;
    this.awarenessOwners.set(clientId, peer);
    return true;
  }

  releaseAwarenessClient(clientId: number, peer: Peer): void {
    if (this.awarenessOwners.get(clientId) === peer) this.awarenessOwners.delete(clientId);
  }

  /** From now on the member gets its track's state frames; `current` is sent at once. */
  followTrackState(peer: Peer, current: Uint8Array | null): void {
    const member = this.members.get(peer);
    if (!member) return;
    member.followsTrackState = true;
    if (current) peer.send(current);
  }

  /**
   * Sends a track-state frame to every member whose grant matches and that follows the track state (only
   * those understand it: a stock y-websocket client logs an error for unknown message types). Returns how
   * many received it.
   */
  sendTrackStateWhere(matches: (grant: ConnectionGrant) => boolean, frame: Uint8Array): number {
    let sent = 0;
    for (const [peer, member] of this.members) {
      if (member.revoked || !member.followsTrackState || !matches(member.grant)) continue;
      peer.send(frame);
      sent++;
    }
    return sent;
  }

  /** Closes every member whose grant matches (its rights changed); returns how many were closed. */
  closeWhere(matches: (grant: ConnectionGrant) => boolean): number {
    let closed = 0;
    for (const [peer, member] of [...this.members]) {
      if (member.revoked || !matches(member.grant)) continue;
      member.revoked = true;
      peer.close(CloseCode.accessChanged, "Ihre Berechtigung hat sich geändert.");
      closed++;
    }
    return closed;
  }

  closeAll(code: number, reason: string): void {
    for (const peer of [...this.members.keys()]) peer.close(code, reason);
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
    if (changed.length === 0) return;
    const frame = awarenessFrame(this.awareness, changed);
    for (const peer of this.members.keys()) peer.send(frame);
  };
}
