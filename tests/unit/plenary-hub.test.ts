import { EventEmitter } from "node:events";
import type { ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client";
import { events } from "../../db/schema";
import { seedCongress } from "../../db/seed/seed";
import { MAX_UNSENT_BYTES, PlenaryHub } from "../../server/plenary/plenary-hub";
import { silentLogger } from "../support/silent-logger";

/** A response that records what is written to it, with as much unsent as the test says. */
class FakeResponse extends EventEmitter {
  frames: string[] = [];
  ended = false;
  writableLength = 0;
  writeHead() {
    return this;
  }
  write(text: string) {
    this.frames.push(text);
    return true;
  }
  end() {
    this.ended = true;
    this.emit("close");
  }
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("the plenary's event stream", () => {
  const db = openDatabase(":memory:");
  seedCongress(db);
  const eventId = db.select().from(events).get()?.id ?? "";

  it("sends one view per tick to every follower, the same bytes to the same audience", async () => {
    const hub = new PlenaryHub(db, silentLogger);
    const a = new FakeResponse();
    const b = new FakeResponse();
    hub.follow(eventId, "everyone", a as unknown as ServerResponse, () => true);
    hub.follow(eventId, "everyone", b as unknown as ServerResponse, () => true);
    hub.changed(eventId);
    hub.changed(eventId);
    await tick();
    expect(a.frames).toHaveLength(2);
    expect(a.frames[1]?.replace(/^id: \d+\n/, "")).toBe(b.frames[1]?.replace(/^id: \d+\n/, ""));
    hub.close();
  });

  it("ends the stream of a follower that does not keep up, instead of queueing views for it", async () => {
    const hub = new PlenaryHub(db, silentLogger);
    const slow = new FakeResponse();
    const fast = new FakeResponse();
    hub.follow(eventId, "everyone", slow as unknown as ServerResponse, () => true);
    hub.follow(eventId, "everyone", fast as unknown as ServerResponse, () => true);
    slow.writableLength = MAX_UNSENT_BYTES + 1;
    hub.changed(eventId);
    await tick();
    expect(slow.ended).toBe(true);
    expect(slow.frames).toHaveLength(1);
    expect(fast.frames).toHaveLength(2);
    expect(hub.followerCount).toBe(1);
    hub.close();
  });

  it("ends a follower's stream at the next heartbeat once its session no longer allows it", () => {
    const hub = new PlenaryHub(db, silentLogger);
    let allowed = true;
    const leaving = new FakeResponse();
    const staying = new FakeResponse();
    hub.follow(eventId, "everyone", leaving as unknown as ServerResponse, () => allowed);
    hub.follow(eventId, "everyone", staying as unknown as ServerResponse, () => true);
    hub.sweep();
    expect(leaving.ended).toBe(false);
    allowed = false;
    hub.sweep();
    expect(leaving.ended).toBe(true);
    expect(staying.ended).toBe(false);
    expect(staying.frames.at(-1)).toBe(": heartbeat\n\n");
    hub.close();
  });
});
