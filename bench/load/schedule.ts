/**
 * The open-loop schedule shared by every generator process. Every keystroke's send time is a pure function
 * of (seed, client, keystroke), so a receiver in any process can tell when a marker *should* have been sent
 * and measures latency from that moment: a generator that falls behind shows up as latency, not as silence
 * (the "coordinated omission" trap of closed-loop load generators).
 */

/** mulberry32: a tiny seeded PRNG; good enough to spread phases and jitter, and the same in every process. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A deterministic value in [0, 1) for (seed, a, b), without keeping any state. */
function hash01(seed: number, a: number, b: number): number {
  return seededRandom((seed * 73856093) ^ (a * 19349663) ^ (b * 83492791))();
}

export interface KeySchedule {
  seed: number;
  keysPerSecond: number;
}

/**
 * Milliseconds after the run's start at which `client` sends keystroke `key`: a seeded phase per client so
 * that clients do not type in lockstep, then one key per interval with up to 20 % seeded jitter.
 */
export function scheduledOffsetMs(schedule: KeySchedule, client: number, key: number): number {
  const interval = 1000 / schedule.keysPerSecond;
  const phase = hash01(schedule.seed, client, -1) * interval;
  const jitter = (hash01(schedule.seed, client, key) - 0.5) * 0.2 * interval;
  return phase + key * interval + jitter;
}

/**
 * Each keystroke inserts one marker: "~K", the client in 4 base-36 digits, the keystroke in 4, "~".
 * Yjs keeps inserted strings as contiguous UTF-8 in an update, and merging updates only concatenates or
 * splits items between insertions, so a marker typed in one insertion stays contiguous in every frame that
 * carries it (tests/unit/bench-markers.test.ts checks this against Y.mergeUpdates, as the server merges).
 */
export const MARKER_LENGTH = 11;
const TILDE = 0x7e;
const K = 0x4b;

export function marker(client: number, key: number): string {
  return `~K${client.toString(36).padStart(4, "0")}${key.toString(36).padStart(4, "0")}~`;
}

function base36(bytes: Uint8Array, start: number): number {
  let value = 0;
  for (let i = start; i < start + 4; i++) {
    const byte = bytes[i] ?? 0;
    const digit = byte >= 0x30 && byte <= 0x39 ? byte - 0x30 : byte >= 0x61 && byte <= 0x7a ? byte - 0x61 + 10 : -1;
    if (digit < 0) return -1;
    value = value * 36 + digit;
  }
  return value;
}

/** Calls `found(client, key)` for every marker in a received frame, without decoding the frame. */
export function findMarkers(frame: Uint8Array, found: (client: number, key: number) => void): void {
  const last = frame.length - MARKER_LENGTH;
  for (let i = frame.indexOf(TILDE); i >= 0 && i <= last; i = frame.indexOf(TILDE, i + 1)) {
    if (frame[i + 1] !== K || frame[i + 10] !== TILDE) continue;
    const client = base36(frame, i + 2);
    const key = base36(frame, i + 6);
    if (client < 0 || key < 0) continue;
    found(client, key);
    i += MARKER_LENGTH - 1;
  }
}
