import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect } from "vitest";
import { listEventsWithTracks } from "../../db/queries/tracks";
import { contributions, votes } from "../../db/schema";
import { logIn, postForm, TEST_ADMIN } from "./http-session";
import { insertOtherEvent as insertOtherEventRows } from "./other-event";
import { joinedParticipant, loggedInModerator } from "./people";
import { startTestServer } from "./test-server";

/**
 * Dot voting over HTTP against the real server: every limit is enforced by the server, whatever a client
 * sends. Requests go to the votes resource route, which answers with JSON and the action's status.
 */

export const EVENT_SLUG = "thueringer-e-government-kongress-2018";
export const MODERATOR = { email: "moderation-b@fahrplan.test", password: "moderations-passwort-lang" };

export let server: Awaited<ReturnType<typeof startTestServer>>;
export let eventId: string;
export let trackA: { id: string; slug: string };
export let trackB: { id: string; slug: string };
/** Live contributions of track A, in document order. */
export let itemsA: string[];
export let deletedItem: string;
export let itemOfTrackB: string;
export let itemOfOtherEvent: string;
export let otherEventId: string;
export let adminCookie: string;
export let moderatorOfBCookie: string;

export interface VotingState {
  open: boolean;
  budget: number;
  maxPerItem: number;
  countsVisible: boolean;
  remaining: number | null;
  mine: Record<string, number>;
  counts: Record<string, number> | null;
  contributions: { id: string; kind: string; text: string }[];
}

export const votesPath = (track: { slug: string }) => `/events/${EVENT_SLUG}/tracks/${track.slug}/votes`;

export function insertContribution(track: { id: string; eventId: string }, position: number, deleted = false): string {
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
export function insertOtherEvent(): string {
  const other = insertOtherEventRows(server.db);
  otherEventId = other.eventId;
  return insertContribution({ id: other.trackId, eventId: other.eventId }, 0);
}

export function moderatorOfTrack(trackId: string): Promise<string> {
  const account = { ...MODERATOR, displayName: "Moritz Moderation" };
  return loggedInModerator(server, account, { eventId, trackId });
}

/** Joins the event and returns the session cookie and the participant's id. */
export function participant(name: string): Promise<{ cookie: string; id: string }> {
  return joinedParticipant(server, name);
}

export function vote(
  cookie: string,
  contributionId: string,
  change: "1" | "-1" = "1",
  extra: Record<string, string> = {},
) {
  return postForm(server.url, votesPath(trackA), { intent: "vote", contributionId, change, ...extra }, { cookie });
}

export interface Settings {
  open: boolean;
  budget: number;
  maxPerItem: number;
  countsVisible: boolean;
}

export function changeSettings(cookie: string, settings: Settings, track: { slug: string } = trackA) {
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
export async function configure(settings: Settings): Promise<void> {
  const response = await changeSettings(adminCookie, settings);
  expect(response.status).toBe(200);
}

export async function votingState(cookie: string): Promise<VotingState> {
  const response = await fetch(`${server.url}${votesPath(trackA)}`, { headers: { Cookie: cookie } });
  expect(response.status).toBe(200);
  return (await response.json()) as VotingState;
}

/** What the database holds for a participant in track A, by contribution. */
export function storedVotes(participantId: string): Record<string, number> {
  const rows = server.db
    .select()
    .from(votes)
    .where(and(eq(votes.participantId, participantId), eq(votes.trackId, trackA.id)))
    .all();
  return Object.fromEntries(rows.map((row) => [row.contributionId, row.count]));
}

export const sum = (counts: Record<string, number>) => Object.values(counts).reduce((total, count) => total + count, 0);

export async function refusal(response: Response): Promise<{ status: number; reason: string; error: string }> {
  const body = (await response.json()) as { reason: string; error: string };
  return { status: response.status, reason: body.reason, error: body.error };
}

/** Item `index` of track A (the tests address them by position). */
export function item(index: number): string {
  const id = itemsA[index];
  if (!id) throw new Error(`no item ${index}`);
  return id;
}

/** Starts the server and the cast for one test file; call it once at the top of the file. */
export function withVotingServer(): void {
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
}
