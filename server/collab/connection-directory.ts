import { CloseCode } from "../../shared/collab-protocol";
import type { Principal } from "../auth/principal";
import type { Peer } from "./live-document";

/** What a connection was granted at its upgrade. Rights are decided once per connection. */
export interface ConnectionGrant {
  principal: Principal;
  eventId: string;
  trackId: string;
  readOnly: boolean;
}

/**
 * Every open collaboration connection with its grant, so that revoking a right (a rotated join code, a
 * removed participant, a demoted moderator, a closed track) closes the sockets it affects at once. They
 * are closed with a code on which clients reconnect; the new upgrade is authorised afresh and is refused,
 * or granted the rights that now apply.
 */
export class ConnectionDirectory {
  private readonly connections = new Map<Peer, ConnectionGrant>();
  /** Connections that asked for their track's live state (phase, timer; shared/track-phase.ts). */
  private readonly trackStateSubscribers = new Set<Peer>();

  /**
   * @param trackStateFrame the current state frame of a track (server/workshop/track-state.ts), sent to a
   *   connection when it subscribes; null when the track is gone.
   */
  constructor(private readonly trackStateFrame: (trackId: string) => Uint8Array | null = () => null) {}

  add(peer: Peer, grant: ConnectionGrant): void {
    this.connections.set(peer, grant);
  }

  remove(peer: Peer): void {
    this.connections.delete(peer);
    this.trackStateSubscribers.delete(peer);
  }

  /** Sends the connection its track's state now and after every change, until it closes. */
  subscribeToTrackState(peer: Peer): void {
    const grant = this.connections.get(peer);
    if (!grant) return;
    this.trackStateSubscribers.add(peer);
    const frame = this.trackStateFrame(grant.trackId);
    if (frame) peer.send(frame);
  }

  /**
   * Sends a frame to every connection whose grant matches and that subscribed to the track state (only
   * those understand it: a stock y-websocket client logs an error for unknown message types). Returns how
   * many received it.
   */
  sendTrackStateWhere(matches: (grant: ConnectionGrant) => boolean, frame: Uint8Array): number {
    let sent = 0;
    for (const peer of this.trackStateSubscribers) {
      const grant = this.connections.get(peer);
      if (!grant || !matches(grant)) continue;
      peer.send(frame);
      sent++;
    }
    return sent;
  }

  get size(): number {
    return this.connections.size;
  }

  /** Closes every connection whose grant matches; returns how many were closed. */
  closeWhere(matches: (grant: ConnectionGrant) => boolean): number {
    let closed = 0;
    for (const [peer, grant] of this.connections) {
      if (!matches(grant)) continue;
      peer.close(CloseCode.accessChanged, "Ihre Berechtigung hat sich geändert.");
      this.remove(peer);
      closed++;
    }
    return closed;
  }
}
