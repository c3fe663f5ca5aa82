import type { DocumentRegistry } from "./document-registry";
import type { ConnectionGrant } from "./room";

/**
 * Every open collaboration connection, across the rooms of all loaded documents, so that revoking a right
 * (a rotated join code, a removed participant, a demoted moderator, a closed track) closes the sockets it
 * affects at once, and a track's state reaches everyone following it. Who is in which room, with which
 * grant, is the rooms' (server/collab/room.ts); this only asks all of them.
 *
 * Closed connections reconnect; the new upgrade is authorised afresh and is refused, or granted the
 * rights that now apply.
 */
export class Connections {
  constructor(private readonly registry: Pick<DocumentRegistry, "rooms">) {}

  /** Closes every connection whose grant matches; returns how many were closed. */
  closeWhere(matches: (grant: ConnectionGrant) => boolean): number {
    let closed = 0;
    for (const room of this.registry.rooms()) closed += room.closeWhere(matches);
    return closed;
  }

  /** Sends a track-state frame to every following connection whose grant matches; returns how many got it. */
  sendTrackStateWhere(matches: (grant: ConnectionGrant) => boolean, frame: Uint8Array): number {
    let sent = 0;
    for (const room of this.registry.rooms()) sent += room.sendTrackStateWhere(matches, frame);
    return sent;
  }

  get size(): number {
    let count = 0;
    for (const room of this.registry.rooms()) count += room.size;
    return count;
  }
}
