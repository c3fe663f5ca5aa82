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
 * removed participant, a demoted moderator, a locked track) closes the sockets it affects at once. They
 * are closed with a code on which clients reconnect; the new upgrade is authorised afresh and is refused,
 * or granted the rights that now apply.
 */
export class ConnectionDirectory {
  private readonly connections = new Map<Peer, ConnectionGrant>();

  add(peer: Peer, grant: ConnectionGrant): void {
    this.connections.set(peer, grant);
  }

  remove(peer: Peer): void {
    this.connections.delete(peer);
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
      this.connections.delete(peer);
      closed++;
    }
    return closed;
  }
}
