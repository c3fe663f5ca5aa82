import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listEventsWithTracks } from "../../db/queries/tracks";
import { auditLog, contributions, moderatorAssignments, participants, tracks, votes } from "../../db/schema";
import { createAccount } from "../../server/auth/accounts";
import { currentJoinCode } from "../../server/auth/join-codes";
import { joinEvent, logIn, postForm, TEST_ADMIN } from "../support/http-session";
import { insertOtherEvent as insertOtherEventRows } from "../support/other-event";
import { startTestServer } from "../support/test-server";

/**
 * Dot voting over HTTP against the real server: every limit is enforced by the server, whatever a client
 * sends. Requests go to the votes resource route, which answers with JSON and the action's status.
 */

const EVENT_SLUG = "thueringer-e-government-kongress-2018";
const MODERATOR = { email: "moderation-b@fahrplan.test", password: "moderations-passwort-lang" };

let server: Awaited<ReturnType<typeof startTestServer>>;
let eventId: string;
let trackA: { id: string; slug: string };
let trackB: { id: string; slug: string };
/** Live contributions of track A, in document order. */
let itemsA: string[];
let deletedItem: string;
let itemOfTrackB: string;
let itemOfOtherEvent: string;
let otherEventId: string;
let adminCookie: string;
let moderatorOfBCookie: string;

interface VotingState {
  open: boolean;
  budget: number;
  maxPerItem: number;
  countsVisible: boolean;
  remaining: number | null;
  mine: Record<string, number>;
  counts: Record<string, number> | null;
  contributions: { id: string; kind: string; text: string }[];
}

const votesPath = (track: { slug: string }) => `/events/${EVENT_SLUG}/tracks/${track.slug}/votes`;

function insertContribution(track: { id: string; eventId: string }, position: number, deleted = false): string {
  const id = randomUUID();
  server.db
    .insert(contributions)
    .values({
      id,
      eventId: track.eventId,
      trackId: track.id,
      kind: position % 2 === 0 ? "problem" : "step",
      text: `Beitrag ${position}: Verwaltungsleistungen digital und barrierefrei anbieten`,
      authorName: "Paula Teilnehmerin",
      position,
      updatedAt: new Date(),
      deletedAt: deleted ? new Date() : null,
    })
    .run();
  return id;
}

/** Another event with one track and one contribution: its items are out of reach for our participants. */
function insertOtherEvent(): string {
  const other = insertOtherEventRows(server.db);
  otherEventId = other.eventId;
  return insertContribution({ id: other.trackId, eventId: other.eventId }, 0);
}

async function moderatorOfTrack(trackId: string): Promise<string> {
  const user = await createAccount(server.db, {
    email: MODERATOR.email,
    displayName: "Moritz Moderation",
    password: MODERATOR.password,
    role: "moderator",
  });
  server.db.insert(moderatorAssignments).values({ userId: user.id, eventId, trackId }).run();
  return logIn(server.url, MODERATOR.email, MODERATOR.password);
}

/** Joins the event and returns the session cookie and the participant's id (looked up by the unique name). */
async function participant(name: string): Promise<{ cookie: string; id: string }> {
  const cookie = await joinEvent(server.url, name);
  const row = server.db.select().from(participants).where(eq(participants.displayName, name)).get();
  if (!row) throw new Error(`participant ${name} not stored`);
  return { cookie, id: row.id };
}

function vote(cookie: string, contributionId: string, change: "1" | "-1" = "1", extra: Record<string, string> = {}) {
  return postForm(server.url, votesPath(trackA), { intent: "vote", contributionId, change, ...extra }, { cookie });
}

interface Settings {
  open: boolean;
  budget: number;
  maxPerItem: number;
  countsVisible: boolean;
}

function changeSettings(cookie: string, settings: Settings, track: { slug: string } = trackA) {
  return postForm(
    server.url,
    votesPath(track),
    {
      intent: "settings",
      budget: String(settings.budget),
      maxPerItem: String(settings.maxPerItem),
      // Unchecked checkboxes are not sent at all.
      ...(settings.open ? { open: "on" } : {}),
      ...(settings.countsVisible ? { countsVisible: "on" } : {}),
    },
    { cookie },
  );
}

/** Sets the voting of track A as a moderator would, and fails the test if that is refused. */
async function configure(settings: Settings): Promise<void> {
  const response = await changeSettings(adminCookie, settings);
  expect(response.status).toBe(200);
}

async function votingState(cookie: string): Promise<VotingState> {
  const response = await fetch(`${server.url}${votesPath(trackA)}`, { headers: { Cookie: cookie } });
  expect(response.status).toBe(200);
  return (await response.json()) as VotingState;
}

/** What the database holds for a participant in track A, by contribution. */
function storedVotes(participantId: string): Record<string, number> {
  const rows = server.db
    .select()
    .from(votes)
    .where(and(eq(votes.participantId, participantId), eq(votes.trackId, trackA.id)))
    .all();
  return Object.fromEntries(rows.map((row) => [row.contributionId, row.count]));
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((total, count) => total + count, 0);

async function refusal(response: Response): Promise<{ status: number; reason: string; error: string }> {
  const body = (await response.json()) as { reason: string; error: string };
  return { status: response.status, reason: body.reason, error: body.error };
}

beforeAll(async () => {
  server = await startTestServer();
  const congress = listEventsWithTracks(server.db).find((event) => event.slug === EVENT_SLUG);
  const [a, b] = congress?.tracks ?? [];
  if (!congress || !a || !b) throw new Error("seeded congress missing");
  eventId = congress.id;
  trackA = a;
  trackB = b;
  itemsA = [0, 1, 2, 3, 4, 5].map((position) => insertContribution(a, position));
  deletedItem = insertContribution(a, 6, true);
  itemOfTrackB = insertContribution(b, 0);
  itemOfOtherEvent = insertOtherEvent();
  adminCookie = await logIn(server.url, TEST_ADMIN.email, TEST_ADMIN.password);
  moderatorOfBCookie = await moderatorOfTrack(b.id);
});

afterAll(async () => {
  await server?.cleanUp();
});

/** Item `index` of track A (the tests address them by position). */
function item(index: number): string {
  const id = itemsA[index];
  if (!id) throw new Error(`no item ${index}`);
  return id;
}

describe("dot voting", () => {
  it("refuses votes while voting is closed (the default)", async () => {
    const paula = await participant("Paula Geschlossen");
    const response = await vote(paula.cookie, item(0));
    expect(await refusal(response)).toMatchObject({ status: 409, reason: "voting-closed" });
    expect(storedVotes(paula.id)).toEqual({});
    expect((await votingState(paula.cookie)).open).toBe(false);
  });

  it("lets only moderators of the track change the settings, and audits the change", async () => {
    const paula = await participant("Paula Einstellungen");
    const open = { open: true, budget: 5, maxPerItem: 2, countsVisible: false };
    expect((await changeSettings(paula.cookie, open)).status).toBe(403);
    // A moderator of another track of the event may not either, but may change their own track.
    expect((await changeSettings(moderatorOfBCookie, open)).status).toBe(403);
    expect((await changeSettings(moderatorOfBCookie, open, trackB)).status).toBe(200);
    expect(server.db.select().from(tracks).where(eq(tracks.id, trackA.id)).get()?.votingOpen).toBe(false);

    const response = await changeSettings(adminCookie, open);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ open: true, budget: 5, maxPerItem: 2, countsVisible: false });
    const stored = server.db.select().from(tracks).where(eq(tracks.id, trackA.id)).get();
    expect(stored).toMatchObject({ votingOpen: true, voteBudget: 5, maxVotesPerItem: 2, voteCountsVisible: false });
    const audited = server.db.select().from(auditLog).where(eq(auditLog.action, "voting_settings_changed")).all();
    expect(audited.map((entry) => entry.details)).toContainEqual({ trackId: trackA.id, ...open });
  });

  it("refuses settings out of range with 400", async () => {
    const tooMany = await changeSettings(adminCookie, { open: true, budget: 51, maxPerItem: 2, countsVisible: false });
    expect(await refusal(tooMany)).toMatchObject({ status: 400, reason: "invalid-settings" });
    const aboveBudget = await changeSettings(adminCookie, {
      open: true,
      budget: 3,
      maxPerItem: 4,
      countsVisible: false,
    });
    expect(await refusal(aboveBudget)).toMatchObject({ status: 400, reason: "invalid-settings" });
    const none = await changeSettings(adminCookie, { open: true, budget: 0, maxPerItem: 0, countsVisible: false });
    expect(none.status).toBe(400);
    expect(server.db.select().from(tracks).where(eq(tracks.id, trackA.id)).get()?.voteBudget).toBe(5);
  });

  it("refuses votes to an admin", async () => {
    await configure({ open: true, budget: 5, maxPerItem: 2, countsVisible: false });
    const before = server.db.select().from(votes).all().length;
    const response = await vote(adminCookie, item(0));
    expect(await refusal(response)).toMatchObject({ status: 403, reason: "only-participants" });
    expect(server.db.select().from(votes).all()).toHaveLength(before);
  });

  it("enforces the limit per item and the budget; refused votes do not count", async () => {
    await configure({ open: true, budget: 5, maxPerItem: 2, countsVisible: false });
    const paula = await participant("Paula Punkte");

    expect((await vote(paula.cookie, item(0))).status).toBe(200);
    expect((await vote(paula.cookie, item(0))).status).toBe(200);
    const third = await vote(paula.cookie, item(0));
    expect(await refusal(third)).toMatchObject({ status: 409, reason: "item-limit" });
    expect(storedVotes(paula.id)).toEqual({ [item(0)]: 2 });

    for (const index of [1, 1, 2]) expect((await vote(paula.cookie, item(index))).status).toBe(200);
    const sixth = await vote(paula.cookie, item(3));
    expect(await refusal(sixth)).toMatchObject({ status: 409, reason: "budget-exhausted" });
    expect(storedVotes(paula.id)).toEqual({ [item(0)]: 2, [item(1)]: 2, [item(2)]: 1 });

    const state = await votingState(paula.cookie);
    expect(state).toMatchObject({ remaining: 0, mine: { [item(0)]: 2, [item(1)]: 2, [item(2)]: 1 } });

    // Taking a vote back frees it; there is nothing to take back where none was given.
    const nothing = await vote(paula.cookie, item(3), "-1");
    expect(await refusal(nothing)).toMatchObject({ status: 409, reason: "nothing-to-remove" });
    const back = await vote(paula.cookie, item(2), "-1");
    expect(back.status).toBe(200);
    expect(await back.json()).toMatchObject({ remaining: 1, mine: { [item(0)]: 2, [item(1)]: 2 } });
    expect(storedVotes(paula.id)).toEqual({ [item(0)]: 2, [item(1)]: 2 });
    expect((await vote(paula.cookie, item(3))).status).toBe(200);
    expect(sum(storedVotes(paula.id))).toBe(5);
  });

  it("counts the vote for the session's participant, never for a participantId sent in the form", async () => {
    await configure({ open: true, budget: 5, maxPerItem: 2, countsVisible: false });
    const victim = await participant("Vera Opfer");
    const forger = await participant("Fritz Fälscher");
    const response = await vote(forger.cookie, item(4), "1", { participantId: victim.id });
    expect(response.status).toBe(200);
    expect(storedVotes(victim.id)).toEqual({});
    expect(storedVotes(forger.id)).toEqual({ [item(4)]: 1 });
  });

  it("refuses contributions that are unknown, deleted, of another track or of another event", async () => {
    await configure({ open: true, budget: 5, maxPerItem: 2, countsVisible: false });
    const paula = await participant("Paula Fremd");
    for (const contributionId of [randomUUID(), deletedItem, itemOfTrackB, itemOfOtherEvent]) {
      expect(await refusal(await vote(paula.cookie, contributionId))).toMatchObject({
        status: 409,
        reason: "not-found",
      });
    }
    expect(server.db.select().from(votes).where(eq(votes.participantId, paula.id)).all()).toEqual([]);
    const state = await votingState(paula.cookie);
    expect(state.contributions.map((each) => each.id)).toEqual(itemsA);
  });

  it("refuses malformed votes with 400", async () => {
    await configure({ open: true, budget: 5, maxPerItem: 2, countsVisible: false });
    const paula = await participant("Paula Formular");
    const badChange = await postForm(
      server.url,
      votesPath(trackA),
      { intent: "vote", contributionId: item(0), change: "2" },
      { cookie: paula.cookie },
    );
    expect(badChange.status).toBe(400);
    const noIntent = await postForm(
      server.url,
      votesPath(trackA),
      { contributionId: item(0), change: "1" },
      { cookie: paula.cookie },
    );
    expect(noIntent.status).toBe(400);
    expect(storedVotes(paula.id)).toEqual({});
  });

  it("shows the counts to participants only when visible, to moderators always", async () => {
    await configure({ open: true, budget: 5, maxPerItem: 2, countsVisible: false });
    const paula = await participant("Paula Zwischenstand");
    expect((await vote(paula.cookie, item(5))).status).toBe(200);

    const hidden = await votingState(paula.cookie);
    expect(hidden.counts).toBeNull();
    expect(hidden.mine).toEqual({ [item(5)]: 1 });
    const moderator = await votingState(adminCookie);
    expect(moderator.counts?.[item(5)]).toBe(1);
    expect(moderator.remaining).toBeNull();
    expect(moderator.mine).toEqual({});

    await configure({ open: true, budget: 5, maxPerItem: 2, countsVisible: true });
    const visible = await votingState(paula.cookie);
    expect(visible.counts?.[item(5)]).toBe(1);
    // Counts are the sum over everyone's votes (earlier tests voted on item 0).
    expect(visible.counts?.[item(0)]).toBe(sum(countsOnItem(item(0))));
  });

  it("keeps 20 concurrent votes of one participant within the budget", async () => {
    await configure({ open: true, budget: 5, maxPerItem: 5, countsVisible: false });
    const paula = await participant("Paula Parallel");
    const responses = await Promise.all(Array.from({ length: 20 }, (_, index) => vote(paula.cookie, item(index % 3))));
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses.filter((status) => status === 200)).toHaveLength(5);
    expect(statuses.filter((status) => status === 409)).toHaveLength(15);
    expect(sum(storedVotes(paula.id))).toBe(5);
  });

  it("keeps concurrent votes on one item within the limit per item", async () => {
    await configure({ open: true, budget: 5, maxPerItem: 2, countsVisible: false });
    const paula = await participant("Paula Gleichzeitig");
    const responses = await Promise.all(Array.from({ length: 10 }, () => vote(paula.cookie, item(1))));
    expect(responses.filter((response) => response.status === 200)).toHaveLength(2);
    expect(storedVotes(paula.id)).toEqual({ [item(1)]: 2 });
  });

  it("lets only people with access to the track read its votes", async () => {
    const anonymous = await fetch(`${server.url}${votesPath(trackA)}`, { redirect: "manual" });
    expect(anonymous.status).toBe(302);
    const unknownTrack = await fetch(`${server.url}/events/${EVENT_SLUG}/tracks/gibt-es-nicht/votes`, {
      headers: { Cookie: adminCookie },
    });
    expect(unknownTrack.status).toBe(404);
    const outsider = await joinEvent(server.url, "Otto Anderswo", {
      code: currentJoinCode(server.db, otherEventId) ?? "",
    });
    const ofOtherEvent = await fetch(`${server.url}${votesPath(trackA)}`, { headers: { Cookie: outsider } });
    expect(ofOtherEvent.status).toBe(403);
    expect((await vote(outsider, item(0))).status).toBe(403);
  });
});

/** Every participant's count on an item, from the database. */
function countsOnItem(contributionId: string): Record<string, number> {
  const rows = server.db.select().from(votes).where(eq(votes.contributionId, contributionId)).all();
  return Object.fromEntries(rows.map((row) => [row.participantId, row.count]));
}
