import { randomUUID } from "node:crypto";
import { inArray } from "drizzle-orm";
import { afterAll, beforeAll } from "vitest";
import { listEventsWithTracks } from "../../db/queries/tracks";
import {
  contributionDecisions,
  contributions,
  curationActions,
  entrySources,
  roadmapEntries,
  votes,
} from "../../db/schema";
import { boardContributions } from "../../server/fahrplan/board";
import { logIn, TEST_ADMIN } from "./http-session";
import { insertOtherEvent as insertOtherEventRows } from "./other-event";
import { joinedParticipant, loggedInModerator } from "./people";
import { startTestServer } from "./test-server";

/**
 * The moderation board over HTTP against the real server: who may see and use it, and that its actions
 * reach the curation functions for the event of the URL only. Contributions and votes are written straight
 * into the read model, as the extraction from the live documents would.
 */

export const OTHER_MODERATOR = { email: "moderation-anderswo@fahrplan.test", password: "moderations-passwort-lang" };

export let server: Awaited<ReturnType<typeof startTestServer>>;
export let eventId: string;
export let trackA: { id: string; eventId: string };
export let trackB: { id: string; eventId: string };
export let otherTrack: { id: string; eventId: string };
export let adminCookie: string;
export let participantCookie: string;
export let otherModeratorCookie: string;
/** Real participants, for the votes' foreign key. */
export let voters: string[];
export let nextPosition = 0;

export type Kind = "problem" | "step";

export function insertContribution(
  track: { id: string; eventId: string },
  text: string,
  kind: Kind = "problem",
): string {
  const id = randomUUID();
  server.db
    .insert(contributions)
    .values({
      id,
      eventId: track.eventId,
      trackId: track.id,
      kind,
      text,
      authorName: "Paula Teilnehmerin",
      authorOrganisation: "Stadt Erfurt",
      position: nextPosition++,
      updatedAt: new Date(),
    })
    .run();
  return id;
}

/** `count` votes on a contribution, spread over the voters (one row per voter, as the voting code writes). */
export function addVotes(contributionId: string, trackId: string, counts: number[]): void {
  counts.forEach((count, index) => {
    const participantId = voters[index];
    if (!participantId) throw new Error("not enough voters");
    server.db.insert(votes).values({ participantId, contributionId, trackId, count, updatedAt: new Date() }).run();
  });
}

export const boardPath = (event = eventId, extra = "") =>
  `/moderation/board?event=${encodeURIComponent(event)}${extra}`;

/** A form post as a browser sends it; fields may repeat (checkbox groups). */
export function post(fields: [string, string][], options: { cookie?: string; path?: string } = {}): Promise<Response> {
  return fetch(`${server.url}${options.path ?? boardPath()}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: server.url,
      Cookie: options.cookie ?? adminCookie,
    },
    body: new URLSearchParams(fields),
  });
}

export function getBoard(path = boardPath(), cookie = adminCookie): Promise<Response> {
  return fetch(`${server.url}${path}`, { redirect: "manual", headers: cookie ? { Cookie: cookie } : {} });
}

/**
 * The rendered list only: the page's hydration data also carries every contribution of the event (for the
 * "Duplikat von" choice), so a filtered-out text still occurs elsewhere in the HTML.
 */
export async function listedIn(response: Response): Promise<string> {
  const html = await response.text();
  return html.slice(html.indexOf("<table"), html.indexOf("</table>"));
}

export function statusOf(contributionId: string) {
  const row = boardContributions(server.db, eventId).find((each) => each.id === contributionId);
  if (!row) throw new Error(`contribution ${contributionId} not on the board`);
  return row;
}

export function sourcesOf(contributionIds: string[]) {
  return server.db.select().from(entrySources).where(inArray(entrySources.contributionId, contributionIds)).all();
}

/** Everything curation may change, to show that a refused request changed nothing. */
export function curationState() {
  return {
    entries: server.db.select().from(roadmapEntries).all().length,
    sources: server.db.select().from(entrySources).all().length,
    decisions: server.db.select().from(contributionDecisions).all().length,
    actions: server.db.select().from(curationActions).all().length,
  };
}

export function insertOtherEvent(): { id: string; eventId: string } {
  const other = insertOtherEventRows(server.db);
  return { id: other.trackId, eventId: other.eventId };
}

/** A moderator of the whole other event (and of nothing in the congress). */
export function moderatorOfOtherEvent(otherEventId: string): Promise<string> {
  const account = { ...OTHER_MODERATOR, displayName: "Otto Anderswo" };
  return loggedInModerator(server, account, { eventId: otherEventId, trackId: null });
}

export function voter(name: string): Promise<{ cookie: string; id: string }> {
  return joinedParticipant(server, name);
}

/** Starts the server and the cast for one test file; call it once at the top of the file. */
export function withBoardServer(): void {
  beforeAll(async () => {
    server = await startTestServer();
    const [congress] = listEventsWithTracks(server.db).filter((event) => event.slug.includes("2018"));
    const [a, b] = congress?.tracks ?? [];
    if (!congress || !a || !b) throw new Error("seeded congress missing");
    eventId = congress.id;
    trackA = { id: a.id, eventId };
    trackB = { id: b.id, eventId };
    otherTrack = insertOtherEvent();
    adminCookie = await logIn(server.url, TEST_ADMIN.email, TEST_ADMIN.password);
    otherModeratorCookie = await moderatorOfOtherEvent(otherTrack.eventId);
    const first = await voter("Vera Votum");
    const second = await voter("Volker Votum");
    participantCookie = first.cookie;
    voters = [first.id, second.id];
  });
  afterAll(async () => {
    await server?.cleanUp();
  });
}
