import type { ConnectionGrant, Peer } from "../../server/collab/room";

/** A peer that records what the server sends it, in place of a socket. */
export class RecordingPeer implements Peer {
  readonly frames: Uint8Array[] = [];
  closedWith: { code: number; reason: string } | null = null;

  send(frame: Uint8Array): void {
    this.frames.push(frame);
  }

  close(code: number, reason: string): void {
    this.closedWith = { code, reason };
  }
}

/** A participant's writing grant for tests that put peers into a room without an upgrade. */
export function participantGrant(trackId: string, participantId = "participant-1"): ConnectionGrant {
  return {
    principal: {
      kind: "participant",
      sessionId: `session-${participantId}`,
      participantId,
      eventId: "event-1",
      displayName: "Erika Muster",
      organisation: null,
      color: "#1f77b4",
    },
    eventId: "event-1",
    trackId,
    readOnly: false,
  };
}
