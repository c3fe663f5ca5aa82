import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, contributions, tracks } from "../../db/schema";
import { sessionTokenFrom } from "../../server/auth/session-cookie";
import { resolveSession } from "../../server/auth/sessions";
import { changeTrackPhase } from "../../server/track-phases/track-phase-change";
import { draftDocumentName } from "../../shared/document-name";
import type { CollabClient } from "../support/collab-client";
import * as writing from "../support/private-writing-setup";
import { openCollabSocket } from "../support/raw-socket";
import { fetchTracks } from "../support/test-server";
import { until } from "../support/wait";

writing.withPrivateWritingServer();

describe("private writing", () => {
  let moderatorOnTrack: CollabClient;
  let moderatorOnDraft: CollabClient;
  let p1Draft: CollabClient;
  let p2Track: CollabClient;
  let p2Frames: Awaited<ReturnType<typeof writing.recordingSocket>>;

  it("only a moderator of the track switches it on, and only in the collect phase", async () => {
    const byParticipant = await writing.privateWriting(
      { intent: "settings", enabled: "on" },
      writing.cast.cookies.participant,
    );
    expect(byParticipant.status).toBe(403);
    writing.server.db.update(tracks).set({ phase: "vote" }).where(eq(tracks.id, writing.cast.trackA.id)).run();
    const outsideCollect = await writing.privateWriting(
      { intent: "settings", enabled: "on" },
      writing.cast.cookies.moderatorOfTrackA,
    );
    expect(outsideCollect.status).toBe(409);
    expect(((await outsideCollect.json()) as { error: string }).error).toContain("Sammeln");
    writing.server.db.update(tracks).set({ phase: "collect" }).where(eq(tracks.id, writing.cast.trackA.id)).run();

    const response = await writing.privateWriting(
      { intent: "settings", enabled: "on" },
      writing.cast.cookies.moderatorOfTrackA,
    );
    expect(response.status).toBe(200);
    expect(((await response.json()) as { enabled: boolean }).enabled).toBe(true);
    const p1Tracks = await fetchTracks(writing.server.url, writing.cast.cookies.participant);
    expect(p1Tracks.find((track) => track.id === writing.cast.trackA.id)?.access).toBe("read");
  });

  it("a draft opens only for its author (write) and the track's moderators (read)", async () => {
    const upgrade = async (cookie: string, name = writing.draftName) => {
      const { status: code, ws } = await openCollabSocket(writing.server.url, name, { cookie });
      ws?.close();
      return code;
    };
    expect(await upgrade(writing.p2Cookie)).toBe(403);
    expect(await upgrade(writing.cast.cookies.observer)).toBe(403);
    expect(await upgrade(writing.cast.cookies.participantOfOtherEvent)).toBe(403);
    expect(await upgrade(writing.cast.cookies.anonymous)).toBe(401);
    expect(await upgrade(writing.cast.cookies.participant)).toBe(101);
    expect(await upgrade(writing.cast.cookies.moderatorOfTrackA)).toBe(101);
    expect(await upgrade(writing.cast.cookies.admin)).toBe(101);
    // A draft of someone who is no participant of the event is no document at all.
    const stranger = draftDocumentName(writing.cast.trackA.id, "00000000-0000-4000-8000-000000000000");
    expect(await upgrade(writing.cast.cookies.moderatorOfTrackA, stranger)).toBe(404);
  });

  it("a second participant's connection receives none of the first participant's private contributions", async () => {
    moderatorOnTrack = writing.client(writing.cast.trackA.documentName, writing.cast.cookies.moderatorOfTrackA);
    moderatorOnDraft = writing.client(writing.draftName, writing.cast.cookies.moderatorOfTrackA);
    p1Draft = writing.client(writing.draftName, writing.cast.cookies.participant);
    p2Track = writing.client(writing.cast.trackA.documentName, writing.p2Cookie);
    p2Frames = await writing.recordingSocket(writing.cast.trackA.documentName, writing.p2Cookie);
    await Promise.all([moderatorOnTrack, moderatorOnDraft, p1Draft, p2Track].map((each) => each.whenSynced()));
    // The server gave the draft the track's two sections.
    expect(writing.outline(p1Draft.doc)).toEqual(["heading:Problemfelder", "heading:Lösungsschritte"]);

    p1Draft.addContribution("problem", writing.PROBLEM_ID, writing.SECRET_PROBLEM);
    p1Draft.addContribution("step", writing.STEP_ID, writing.SECRET_STEP, {
      problemIds: JSON.stringify([writing.PROBLEM_ID]),
    });
    // The moderator reads the draft: it is committed (updates are relayed only after they are stored).
    await moderatorOnDraft.whenDoc(
      () => moderatorOnDraft.text().includes(writing.SECRET_STEP),
      "moderator reads the draft",
    );
    await writing.roundTrip(moderatorOnTrack, p2Frames);

    expect(p2Frames.received("ZEBRA-4711")).toBe(false);
    expect(p2Frames.received("OKAPI-0815")).toBe(false);
    expect(p2Track.text()).not.toContain("ZEBRA-4711");
  });

  it("after the reveal it receives them, with their ids and author, under the right headings", async () => {
    const response = await writing.privateWriting({ intent: "reveal" }, writing.cast.cookies.moderatorOfTrackA);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { done: string }).done).toBe("2 Beiträge wurden aufgedeckt.");
    await p2Frames.whenReceived("ZEBRA-4711");
    await p2Frames.whenReceived("OKAPI-0815");
    await p2Track.whenDoc(() => writing.blockWithId(p2Track.doc, writing.STEP_ID).length === 1, "P2 has the step");

    const order = writing.outline(p2Track.doc);
    const problemsEnd = order.indexOf("heading:Lösungsschritte");
    expect(order.indexOf(`problem:${writing.PROBLEM_ID}`)).toBeGreaterThan(order.indexOf("heading:Problemfelder"));
    expect(order.indexOf(`problem:${writing.PROBLEM_ID}`)).toBeLessThan(problemsEnd);
    expect(order.indexOf(`step:${writing.STEP_ID}`)).toBeGreaterThan(problemsEnd);
    const [problem] = writing.blockWithId(p2Track.doc, writing.PROBLEM_ID);
    expect(problem?.getAttribute("authorId")).toBe(writing.p1Id);
    expect(problem?.getAttribute("authorName")).toBe("Paula Teilnehmerin");
    expect(problem?.getAttribute("authorOrganisation")).toBe("Stadt Erfurt");
    expect(writing.blockWithId(p2Track.doc, writing.STEP_ID)[0]?.getAttribute("problemIds")).toBe(
      JSON.stringify([writing.PROBLEM_ID]),
    );

    // The draft is emptied of what was revealed, and the read model records it for the track.
    await p1Draft.whenDoc(() => !p1Draft.text().includes("ZEBRA-4711"), "the draft no longer holds it");
    await until(
      (onChange) => {
        writing.server.services.readModel.on("changed", onChange);
        return () => writing.server.services.readModel.off("changed", onChange);
      },
      () =>
        writing.server.db.select().from(contributions).where(eq(contributions.id, writing.PROBLEM_ID)).get() !==
        undefined,
      "the read model has the revealed problem",
    );
    const row = writing.server.db.select().from(contributions).where(eq(contributions.id, writing.PROBLEM_ID)).get();
    expect(row).toMatchObject({ trackId: writing.cast.trackA.id, authorId: writing.p1Id, kind: "problem" });
    const audited = writing.server.db.select().from(auditLog).where(eq(auditLog.action, "drafts_revealed")).all();
    expect(audited.length).toBeGreaterThan(0);
  });

  it("revealing again duplicates nothing", async () => {
    const response = await writing.privateWriting({ intent: "reveal" }, writing.cast.cookies.moderatorOfTrackA);
    expect(((await response.json()) as { done: string }).done).toBe("0 Beiträge wurden aufgedeckt.");
    await writing.roundTrip(moderatorOnTrack, p2Frames);
    await p2Track.whenDoc(() => p2Track.text().includes(`Rundlauf-${writing.roundTrips}`), "P2 saw the round trip");
    expect(writing.blockWithId(p2Track.doc, writing.PROBLEM_ID)).toHaveLength(1);
    expect(writing.blockWithId(p2Track.doc, writing.STEP_ID)).toHaveLength(1);
  });

  it("what is typed after a reveal stays private until private writing ends", async () => {
    p1Draft.addContribution("problem", writing.LATE_ID, writing.LATE_PROBLEM);
    await moderatorOnDraft.whenDoc(() => moderatorOnDraft.text().includes("LEMUR-2342"), "moderator reads it");
    await writing.roundTrip(moderatorOnTrack, p2Frames);
    expect(p2Frames.received("LEMUR-2342")).toBe(false);

    const off = await writing.privateWriting(
      { intent: "settings", enabled: "off" },
      writing.cast.cookies.moderatorOfTrackA,
    );
    expect(off.status).toBe(200);
    expect(((await off.json()) as { enabled: boolean }).enabled).toBe(false);
    // Participants' sockets were closed (their rights changed); a new connection gets the whole document.
    const reconnected = await writing.recordingSocket(writing.cast.trackA.documentName, writing.p2Cookie);
    await reconnected.whenReceived("LEMUR-2342");
    await p2Track.whenDoc(() => writing.blockWithId(p2Track.doc, writing.LATE_ID).length === 1, "P2's client has it");
    const p1Tracks = await fetchTracks(writing.server.url, writing.cast.cookies.participant);
    expect(p1Tracks.find((track) => track.id === writing.cast.trackA.id)?.access).toBe("write");
  });

  it("leaving the collect phase ends private writing and reveals every draft", async () => {
    const on = await writing.privateWriting(
      { intent: "settings", enabled: "on" },
      writing.cast.cookies.moderatorOfTrackA,
    );
    expect(on.status).toBe(200);
    const draft = writing.client(writing.draftName, writing.cast.cookies.participant);
    await draft.whenSynced();
    draft.addContribution("problem", writing.VOTE_ID, "Vor der Abstimmung geschrieben TAPIR-1234");
    await moderatorOnDraft.whenDoc(() => moderatorOnDraft.text().includes("TAPIR-1234"), "moderator reads it");
    expect(moderatorOnTrack.text()).not.toContain("TAPIR-1234");

    const moderator = resolveSession(writing.server.db, sessionTokenFrom(writing.cast.cookies.moderatorOfTrackA) ?? "");
    if (!moderator) throw new Error("no moderator session");
    const changed = changeTrackPhase(
      { db: writing.server.db, services: writing.server.services, actor: moderator },
      writing.cast.trackA.id,
      "vote",
    );
    expect(changed).toEqual({ ok: true, changed: true });
    await moderatorOnTrack.whenDoc(
      () => writing.blockWithId(moderatorOnTrack.doc, writing.VOTE_ID).length === 1,
      "revealed",
    );
    const row = writing.server.db
      .select({ privateWriting: tracks.privateWriting })
      .from(tracks)
      .where(eq(tracks.id, writing.cast.trackA.id))
      .get();
    expect(row?.privateWriting).toBe(false);
    const p2 = await writing.recordingSocket(writing.cast.trackA.documentName, writing.p2Cookie);
    await p2.whenReceived("TAPIR-1234");
  });
});
