import type { ServerResponse } from "node:http";
import type { Logger } from "pino";
import type { AppDatabase } from "../../db/client";
import { forAudience, moderatorsView, type PlenaryAudience, type PlenaryView } from "./plenary-view";

/** A comment line now and then keeps proxies from closing a quiet stream (and tells us who is gone). */
const HEARTBEAT_MS = 15_000;

/**
 * A follower that reads slower than the views come (a laptop on bad Wi-Fi) would make the server queue
 * every view for it. Past this much unsent, its stream is ended instead: the browser's EventSource comes
 * back by itself and starts from the current view, which is all it needs.
 */
export const MAX_UNSENT_BYTES = 1024 * 1024;

interface Follower {
  audience: PlenaryAudience;
  response: ServerResponse;
  /** Whether the follower's session still allows this stream (not logged out, code not rotated, same role). */
  stillAllowed: () => boolean;
}

/**
 * Everyone following an event's plenary page, on a server-sent event stream (ADR 020). After a change the
 * view is computed once, serialised once per audience, and the same bytes go to every follower, so a hall of a thousand
 * costs one query and one serialisation per change; changes within one tick are sent as one. With every
 * heartbeat each follower's session is checked again: a stream whose session was ended (logout, a rotated
 * join code, erased identities) or whose role changed is closed within one heartbeat.
 */
export class PlenaryHub {
  private readonly followers = new Map<string, Set<Follower>>();
  private readonly due = new Set<string>();
  private sequence = 0;
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    private readonly db: AppDatabase,
    private readonly logger: Logger,
  ) {
    this.heartbeat = setInterval(() => this.sweep(), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Starts a stream on `response` with the current view; it ends when the client goes. */
  follow(eventId: string, audience: PlenaryAudience, response: ServerResponse, stillAllowed: () => boolean): void {
    response.writeHead(200, {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store, no-transform",
      // nginx would buffer the stream otherwise.
      "X-Accel-Buffering": "no",
      Connection: "keep-alive",
    });
    const follower = { audience, response, stillAllowed };
    const set = this.followers.get(eventId) ?? new Set();
    set.add(follower);
    this.followers.set(eventId, set);
    response.on("close", () => {
      set.delete(follower);
      if (set.size === 0) this.followers.delete(eventId);
    });
    response.write(this.frame(this.view(eventId), audience));
  }

  /** Something the plenary page shows changed: every follower gets the new view (once per tick). */
  changed(eventId: string): void {
    if (!this.followers.has(eventId) || this.due.has(eventId)) return;
    this.due.add(eventId);
    setImmediate(() => {
      this.due.delete(eventId);
      this.send(eventId);
    });
  }

  get followerCount(): number {
    let count = 0;
    for (const set of this.followers.values()) count += set.size;
    return count;
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const set of this.followers.values()) for (const follower of set) follower.response.end();
    this.followers.clear();
  }

  private send(eventId: string): void {
    const set = this.followers.get(eventId);
    if (!set) return;
    const view = this.view(eventId);
    const frames = new Map<PlenaryAudience, string>();
    for (const follower of set) {
      let frame = frames.get(follower.audience);
      if (frame === undefined) {
        frame = this.frame(view, follower.audience);
        frames.set(follower.audience, frame);
      }
      this.write(follower, frame);
    }
  }

  private write(follower: Follower, text: string): void {
    if (follower.response.writableLength > MAX_UNSENT_BYTES) follower.response.end();
    else follower.response.write(text);
  }

  /** The full view once per change (null when it cannot be read: followers then get a comment line). */
  private view(eventId: string): PlenaryView | null {
    try {
      return moderatorsView(this.db, eventId);
    } catch (error) {
      this.logger.error({ err: error, eventId }, "plenary view failed");
      return null;
    }
  }

  private frame(view: PlenaryView | null, audience: PlenaryAudience): string {
    if (view === null) return ": view unavailable\n\n";
    this.sequence += 1;
    return `id: ${this.sequence}\nevent: view\ndata: ${JSON.stringify(forAudience(view, audience))}\n\n`;
  }

  /** The heartbeat: ends the streams whose sessions no longer allow them, and keeps the others alive. */
  sweep(): void {
    for (const set of this.followers.values()) {
      for (const follower of [...set]) {
        if (follower.stillAllowed()) this.write(follower, ": heartbeat\n\n");
        else follower.response.end();
      }
    }
  }
}
