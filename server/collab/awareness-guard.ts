import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

/** The presence a participant shows: always the server's, never what the client claims. */
export interface PresenceIdentity {
  name: string;
  color: string;
}

/** A presence state (name, colour, cursor) larger than this is dropped. */
const MAX_STATE_BYTES = 4096;

/**
 * Checks the awareness (presence) updates of one connection before they are applied:
 * - a connection speaks for exactly one client id, the first it announces, and only if no other open
 *   connection holds that id (`claim` decides);
 * - the `user` field (name and colour) is replaced by the identity from the server-side session;
 * - states are size-limited; anything else in the message is dropped.
 * (How often updates are applied is the connection's business: see LatestWinsThrottle.)
 * Returns the update to apply, or null when nothing of it is acceptable.
 */
export class AwarenessGuard {
  private clientId: number | null = null;

  constructor(
    private readonly identity: PresenceIdentity,
    private readonly claim: (clientId: number) => boolean,
  ) {}

  /** The client id this connection speaks for, once it has announced one. */
  get ownClientId(): number | null {
    return this.clientId;
  }

  sanitize(update: Uint8Array): Uint8Array | null {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const accepted: { clientId: number; clock: number; state: string }[] = [];
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const json = decoding.readVarString(decoder);
      if (!this.speaksFor(clientId) || json.length > MAX_STATE_BYTES) continue;
      const state = this.withServerIdentity(json);
      if (state !== undefined) accepted.push({ clientId, clock, state });
    }
    if (accepted.length === 0) return null;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, accepted.length);
    for (const entry of accepted) {
      encoding.writeVarUint(encoder, entry.clientId);
      encoding.writeVarUint(encoder, entry.clock);
      encoding.writeVarString(encoder, entry.state);
    }
    return encoding.toUint8Array(encoder);
  }

  private speaksFor(clientId: number): boolean {
    if (this.clientId === null && this.claim(clientId)) this.clientId = clientId;
    return this.clientId === clientId;
  }

  /** The state with the session's identity as `user`, re-serialised; undefined when it is not an object. */
  private withServerIdentity(json: string): string | undefined {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      return undefined;
    }
    if (parsed === null) return "null"; // the client leaves
    if (typeof parsed !== "object" || Array.isArray(parsed)) return undefined;
    const fields = Object.entries(parsed as Record<string, unknown>).filter(([key]) => key !== "__proto__");
    return JSON.stringify({ ...Object.fromEntries(fields), user: { ...this.identity } });
  }
}
