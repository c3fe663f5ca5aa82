import { randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll } from "vitest";
import { typedOf } from "../../app/components/fahrplan/entry-values";
import {
  contributions,
  entrySources,
  events,
  type RoadmapEntry,
  roadmapEntries,
  roadmapSections,
  tracks,
} from "../../db/schema";
import type { AccountPrincipal } from "../../server/auth/principal";
import { sessionTokenFrom } from "../../server/auth/session-cookie";
import { resolveSession } from "../../server/auth/sessions";
import { adoptContributions } from "../../server/fahrplan/curation";
import { ensureRoadmap } from "../../server/fahrplan/roadmap";
import { logIn, postForm, publishFassung, TEST_ADMIN } from "./http-session";
import { startTestServer } from "./test-server";

/**
 * Editing the Fahrplan through the routes' actions, over HTTP against the real server: saving with
 * optimistic concurrency, splitting and undoing, moving, publishing frozen versions that the public page
 * shows without login, comparing versions, and who may do any of it.
 */

export const EVENT_SLUG = "thueringer-e-government-kongress-2018";
export const OTHER_SLUG = "anderer-kongress";

export let server: Awaited<ReturnType<typeof startTestServer>>;
export let adminCookie: string;
export let actor: AccountPrincipal;
export let eventId: string;
export let otherEventId: string;
export let trackA: string;
export let trackB: string;
export let otherTrack: string;
export let position = 0;

export const editor = (id = eventId) => `/moderation/fahrplan?event=${encodeURIComponent(id)}`;

export function insertContribution(track: string, event: string, kind: "problem" | "step", text: string): string {
  const id = randomUUID();
  position += 1;
  server.db
    .insert(contributions)
    .values({
      id,
      eventId: event,
      trackId: track,
      kind,
      text,
      authorName: "Paula Teilnehmerin",
      authorOrganisation: "Stadt Erfurt",
      position,
      updatedAt: new Date(),
    })
    .run();
  return id;
}

/** Adopts contributions as one new entry, the way the curation board does; returns the entry's id. */
export function adopt(ids: string[], event = eventId): string {
  const result = adoptContributions({ db: server.db, actor, eventId: event }, ids);
  if (!result.ok) throw new Error(`adoption failed: ${result.reason}`);
  return result.value.entryId;
}

export function entryRow(id: string): RoadmapEntry {
  const row = server.db.select().from(roadmapEntries).where(eq(roadmapEntries.id, id)).get();
  if (!row) throw new Error(`entry ${id} missing`);
  return row;
}

export function sourceIds(entryId: string): string[] {
  return server.db
    .select()
    .from(entrySources)
    .where(eq(entrySources.entryId, entryId))
    .all()
    .map((row) => row.contributionId)
    .sort();
}

export function sectionOfTrack(trackId: string): string {
  const roadmap = ensureRoadmap(server.db, eventId);
  const section = server.db
    .select()
    .from(roadmapSections)
    .where(eq(roadmapSections.trackId, trackId))
    .all()
    .find((each) => each.roadmapId === roadmap.id);
  if (!section) throw new Error("section missing");
  return section.id;
}

export function entriesOfSection(sectionId: string): string[] {
  return server.db
    .select()
    .from(roadmapEntries)
    .where(eq(roadmapEntries.sectionId, sectionId))
    .orderBy(asc(roadmapEntries.position))
    .all()
    .map((row) => row.id);
}

/** Every entry of the event's Fahrplan as it is stored, for comparing before and after. */
export function allEntries() {
  const roadmap = ensureRoadmap(server.db, eventId);
  return server.db
    .select()
    .from(roadmapEntries)
    .where(eq(roadmapEntries.roadmapId, roadmap.id))
    .orderBy(asc(roadmapEntries.id))
    .all()
    .map((row) => ({ ...row, sources: sourceIds(row.id) }));
}

export function post(fields: Record<string, string>, cookie = adminCookie, path = editor()) {
  return postForm(server.url, path, fields, { cookie });
}

/** Publishes the next Fassung through its preview page, as a moderator confirms it. */
export function publish(cookie = adminCookie, fields: Parameters<typeof publishFassung>[3] = {}) {
  return publishFassung(server.url, eventId, cookie, fields);
}

/** For forms with a repeated field (checkboxes), which a plain record cannot hold. */
export function postParams(params: URLSearchParams, cookie = adminCookie) {
  return fetch(`${server.url}${editor()}`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: server.url, Cookie: cookie },
    body: params,
  });
}

/** The entry form as the page sends it, from the entry as stored, with some fields changed. */
export function saveForm(entry: RoadmapEntry, changes: Record<string, string> = {}): Record<string, string> {
  return {
    intent: "update-entry",
    entryId: entry.id,
    version: String(entry.version),
    ...typedOf(entry),
    ...changes,
  };
}

export async function page(path: string, cookie = "") {
  const response = await fetch(`${server.url}${path}`, {
    redirect: "manual",
    headers: cookie ? { Cookie: cookie } : {},
  });
  return { status: response.status, html: await response.text() };
}

export function insertOtherEvent() {
  otherEventId = randomUUID();
  otherTrack = randomUUID();
  server.db
    .insert(events)
    .values({ id: otherEventId, slug: OTHER_SLUG, title: "Anderer Kongress", startsOn: "2019-05-01", venue: "Jena" })
    .run();
  server.db
    .insert(tracks)
    .values({ id: otherTrack, eventId: otherEventId, slug: "einziger", position: 1, title: "Einziger", subtopics: [] })
    .run();
}

export let first: string;
export let second: string;
export let splittable: string;
export let splitStep1: string;
export let splitStep2: string;
export let otherEntry: string;

/** Starts the server and the cast for one test file; call it once at the top of the file. */
export function withFahrplanServer(): void {
  beforeAll(async () => {
    server = await startTestServer();
    adminCookie = await logIn(server.url, TEST_ADMIN.email, TEST_ADMIN.password);
    const principal = resolveSession(server.db, sessionTokenFrom(adminCookie) ?? "");
    if (principal?.kind !== "account") throw new Error("admin session missing");
    actor = principal;
    const event = server.db.select().from(events).where(eq(events.slug, EVENT_SLUG)).get();
    if (!event) throw new Error("seeded event missing");
    eventId = event.id;
    const eventTracks = server.db
      .select()
      .from(tracks)
      .where(eq(tracks.eventId, eventId))
      .orderBy(asc(tracks.position))
      .all();
    trackA = eventTracks[0]?.id ?? "";
    trackB = eventTracks[1]?.id ?? "";
    insertOtherEvent();

    first = adopt([
      insertContribution(trackA, eventId, "problem", "Anträge gibt es nur auf Papier"),
      insertContribution(trackA, eventId, "step", "Antragsformulare digitalisieren"),
    ]);
    second = adopt([insertContribution(trackA, eventId, "problem", "Kein gemeinsames Servicekonto")]);
    splitStep1 = insertContribution(trackA, eventId, "step", "Servicekonto einführen");
    splitStep2 = insertContribution(trackA, eventId, "step", "Schnittstellen beschreiben");
    splittable = adopt([insertContribution(trackA, eventId, "problem", "Insellösungen"), splitStep1, splitStep2]);
    otherEntry = adopt([insertContribution(otherTrack, otherEventId, "problem", "Anderswo ein Problem")], otherEventId);
  });
  afterAll(async () => {
    await server.cleanUp();
  });
}
