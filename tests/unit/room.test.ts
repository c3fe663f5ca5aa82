import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { Connections } from "../../server/collab/connections";
import { type ConnectionGrant, Room } from "../../server/collab/room";
import { CloseCode, MessageType } from "../../shared/collab-protocol";
import { participantGrant, RecordingPeer } from "../support/recording-peer";

const TRACK = "0b4c2a9e-5f1d-4c3b-9a8e-7d6c5b4a3f21";

function roomWith(...peers: RecordingPeer[]): Room {
  const room = new Room(`track.${TRACK}`, new Y.Doc());
  for (const [i, peer] of peers.entries()) room.join(peer, participantGrant(TRACK, `participant-${i}`));
  return room;
}

describe("room", () => {
  it("relays a committed update to every member as one encoded frame", () => {
    const [a, b] = [new RecordingPeer(), new RecordingPeer()];
    const room = roomWith(a, b);
    room.relayUpdate(new Uint8Array([1, 2, 3]));
    expect(a.frames).toHaveLength(1);
    expect(a.frames[0]?.[0]).toBe(MessageType.sync);
    expect(b.frames[0]).toBe(a.frames[0]);
    room.destroy();
  });

  it("closes a member whose rights changed once, and no longer counts it while its socket closes", () => {
    const [kept, removed] = [new RecordingPeer(), new RecordingPeer()];
    const room = roomWith(kept, removed);
    const isRemoved = ({ principal }: ConnectionGrant) =>
      principal.kind === "participant" && principal.participantId === "participant-1";

    expect(room.closeWhere(isRemoved)).toBe(1);
    expect(removed.closedWith?.code).toBe(CloseCode.accessChanged);
    expect(kept.closedWith).toBeNull();
    expect(room.size).toBe(1);
    // A second revocation before the socket has closed neither closes it again nor counts it.
    expect(room.closeWhere(isRemoved)).toBe(0);
    room.leave(removed);
    expect(room.size).toBe(1);
    room.destroy();
  });

  it("sends track state only to members that follow it, the current frame at once", () => {
    const [follower, other] = [new RecordingPeer(), new RecordingPeer()];
    const room = roomWith(follower, other);
    const current = new Uint8Array([MessageType.trackState, 0]);
    room.followTrackState(follower, current);
    expect(follower.frames).toEqual([current]);

    const next = new Uint8Array([MessageType.trackState, 1]);
    expect(room.sendTrackStateWhere((grant) => grant.trackId === TRACK, next)).toBe(1);
    expect(follower.frames).toEqual([current, next]);
    expect(other.frames).toEqual([]);
    room.destroy();
  });
});

describe("connections", () => {
  it("asks every loaded room, so that one revocation reaches all documents", () => {
    const [a, b, c] = [new RecordingPeer(), new RecordingPeer(), new RecordingPeer()];
    const rooms = [roomWith(a), roomWith(b, c)];
    const connections = new Connections({ rooms: () => rooms });
    expect(connections.size).toBe(3);
    expect(connections.closeWhere(() => true)).toBe(3);
    expect(connections.size).toBe(0);
    for (const room of rooms) room.destroy();
  });
});
