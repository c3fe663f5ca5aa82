import type { Peer } from "../../server/collab/live-document";

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
