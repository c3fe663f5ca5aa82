import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { tracks } from "../../db/schema";
import { CloseCode } from "../../shared/collab-protocol";
import * as writing from "../support/private-writing-setup";
import { ProtocolSocket } from "../support/protocol-socket";

writing.withPrivateWritingServer();

describe("the switch reaches every open page of the track at once, over its socket", () => {
  /** A raw connection to the track's document that subscribed to the track's live state (ADR 008). */
  async function subscribed(cookie: string): Promise<ProtocolSocket> {
    const socket = await ProtocolSocket.open(writing.server.url, writing.cast.trackA.documentName, cookie);
    closers.push(() => socket.close());
    socket.subscribeToTrackState();
    await socket.when(() => socket.states.length > 0, "the first state");
    return socket;
  }
  const closers: (() => void)[] = [];
  afterAll(() => {
    for (const close of closers) close();
  });

  it("a subscribed page receives privateWriting true, then false, without asking", async () => {
    // The previous test left the collect phase; private writing can be switched on only in it.
    writing.server.db.update(tracks).set({ phase: "collect" }).where(eq(tracks.id, writing.cast.trackA.id)).run();
    const moderator = await subscribed(writing.cast.cookies.moderatorOfTrackA);
    const participant = await subscribed(writing.p2Cookie);
    expect(moderator.states.at(-1)?.privateWriting).toBe(false);
    expect(participant.states.at(-1)?.privateWriting).toBe(false);

    const on = await writing.privateWriting(
      { intent: "settings", enabled: "on" },
      writing.cast.cookies.moderatorOfTrackA,
    );
    expect(on.status).toBe(200);
    await moderator.when(() => moderator.states.at(-1)?.privateWriting === true, "the moderator's page sees it on");
    // The participant's page gets the new state first, then its socket is closed so that it reconnects with
    // the new (read-only) rights: it learns of the switch without waiting for the reconnect.
    await participant.when(() => participant.closeCode !== null, "the participant's socket is closed");
    expect(participant.closeCode).toBe(CloseCode.accessChanged);
    const kinds = participant.events.map((event) => event.kind);
    expect(kinds.lastIndexOf("state")).toBeLessThan(kinds.indexOf("closed"));
    expect(participant.states.at(-1)?.privateWriting).toBe(true);
    // The moderator keeps their socket: their rights did not change.
    expect(moderator.closeCode).toBeNull();

    const reconnected = await subscribed(writing.p2Cookie);
    expect(reconnected.states.at(-1)?.privateWriting).toBe(true);
    const off = await writing.privateWriting(
      { intent: "settings", enabled: "off" },
      writing.cast.cookies.moderatorOfTrackA,
    );
    expect(off.status).toBe(200);
    await moderator.when(() => moderator.states.at(-1)?.privateWriting === false, "the moderator's page sees it off");
    await reconnected.when(() => reconnected.closeCode !== null, "the participant's socket is closed again");
    expect(reconnected.states.at(-1)?.privateWriting).toBe(false);
  });

  it("a reveal pushes nothing: no page's data changes", async () => {
    const on = await writing.privateWriting(
      { intent: "settings", enabled: "on" },
      writing.cast.cookies.moderatorOfTrackA,
    );
    expect(on.status).toBe(200);
    const moderator = await subscribed(writing.cast.cookies.moderatorOfTrackA);
    const seen = moderator.states.length;
    const reveal = await writing.privateWriting({ intent: "reveal" }, writing.cast.cookies.moderatorOfTrackA);
    expect(reveal.status).toBe(200);
    // The server answers in order: once it has answered this, a state pushed by the reveal would be here.
    await moderator.serverDocument();
    expect(moderator.states.length).toBe(seen);
  });
});
