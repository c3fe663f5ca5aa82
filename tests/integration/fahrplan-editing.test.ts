import { randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
import { listVersions } from "../../server/fahrplan/versions";
import { joinEvent, logIn, postForm, TEST_ADMIN } from "../support/http-session";
import { startTestServer } from "../support/test-server";

/**
 * Editing the Fahrplan through the routes' actions, over HTTP against the real server: saving with
 * optimistic concurrency, splitting and undoing, moving, publishing frozen versions that the public page
 * shows without login, comparing versions, and who may do any of it.
 */

const EVENT_SLUG = "thueringer-e-government-kongress-2018";
const OTHER_SLUG = "anderer-kongress";

let server: Awaited<ReturnType<typeof startTestServer>>;
let adminCookie: string;
let actor: AccountPrincipal;
let eventId: string;
let otherEventId: string;
let trackA: string;
let trackB: string;
let otherTrack: string;
let position = 0;

const editor = (id = eventId) => `/moderation/fahrplan?event=${encodeURIComponent(id)}`;

function insertContribution(track: string, event: string, kind: "problem" | "step", text: string): string {
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
function adopt(ids: string[], event = eventId): string {
  const result = adoptContributions({ db: server.db, actor, eventId: event }, ids);
  if (!result.ok) throw new Error(`adoption failed: ${result.reason}`);
  return result.value.entryId;
}

function entryRow(id: string): RoadmapEntry {
  const row = server.db.select().from(roadmapEntries).where(eq(roadmapEntries.id, id)).get();
  if (!row) throw new Error(`entry ${id} missing`);
  return row;
}

function sourceIds(entryId: string): string[] {
  return server.db
    .select()
    .from(entrySources)
    .where(eq(entrySources.entryId, entryId))
    .all()
    .map((row) => row.contributionId)
    .sort();
}

function sectionOfTrack(trackId: string): string {
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

function entriesOfSection(sectionId: string): string[] {
  return server.db
    .select()
    .from(roadmapEntries)
    .where(eq(roadmapEntries.sectionId, sectionId))
    .orderBy(asc(roadmapEntries.position))
    .all()
    .map((row) => row.id);
}

/** Every entry of the event's Fahrplan as it is stored, for comparing before and after. */
function allEntries() {
  const roadmap = ensureRoadmap(server.db, eventId);
  return server.db
    .select()
    .from(roadmapEntries)
    .where(eq(roadmapEntries.roadmapId, roadmap.id))
    .orderBy(asc(roadmapEntries.id))
    .all()
    .map((row) => ({ ...row, sources: sourceIds(row.id) }));
}

function post(fields: Record<string, string>, cookie = adminCookie, path = editor()) {
  return postForm(server.url, path, fields, { cookie });
}

/** For forms with a repeated field (checkboxes), which a plain record cannot hold. */
function postParams(params: URLSearchParams, cookie = adminCookie) {
  return fetch(`${server.url}${editor()}`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: server.url, Cookie: cookie },
    body: params,
  });
}

/** The entry form as the page sends it, from the entry as stored, with some fields changed. */
function saveForm(entry: RoadmapEntry, changes: Record<string, string> = {}): Record<string, string> {
  return {
    intent: "update-entry",
    entryId: entry.id,
    version: String(entry.version),
    title: entry.title,
    problemStatement: entry.problemStatement,
    steps: entry.steps.join("\n"),
    responsibleParty: entry.responsibleParty ?? "",
    responsibleOther: entry.responsibleOther ?? "",
    timeHorizon: entry.timeHorizon ?? "",
    targetQuarter: entry.targetQuarter ?? "",
    priority: entry.priority ?? "",
    status: entry.status,
    ...changes,
  };
}

async function page(path: string, cookie = "") {
  const response = await fetch(`${server.url}${path}`, {
    redirect: "manual",
    headers: cookie ? { Cookie: cookie } : {},
  });
  return { status: response.status, html: await response.text() };
}

function insertOtherEvent() {
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

let first: string;
let second: string;
let splittable: string;
let splitStep1: string;
let splitStep2: string;
let otherEntry: string;

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

describe("editing an entry", () => {
  it("saves with the current version and raises it by one", async () => {
    const before = entryRow(first);
    const response = await post(
      saveForm(before, {
        title: "Digitale Antragsstrecken",
        steps: "Formulare digitalisieren\n\n  Online bezahlen  ",
        responsibleParty: "land_und_kommunen",
        timeHorizon: "short",
        priority: "high",
        // Ignored: the target quarter belongs to the "quarter" time horizon only.
        targetQuarter: "2019-Q3",
      }),
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(editor());
    const after = entryRow(first);
    expect(after.version).toBe(before.version + 1);
    expect(after).toMatchObject({
      title: "Digitale Antragsstrecken",
      steps: ["Formulare digitalisieren", "Online bezahlen"],
      responsibleParty: "land_und_kommunen",
      timeHorizon: "short",
      targetQuarter: null,
      priority: "high",
    });
  });

  it("refuses a save based on an old version with 409, changes nothing, and keeps what was typed", async () => {
    const current = entryRow(first);
    const stale = { ...current, version: current.version - 1 };
    const response = await post(saveForm(stale, { title: "Überschrieben von jemand anderem" }));
    expect(response.status).toBe(409);
    const html = await response.text();
    expect(html).toContain("Jemand anderes hat diesen Eintrag inzwischen geändert");
    // The typed title is still in the form, and the saved one is shown next to it.
    expect(html).toContain('value="Überschrieben von jemand anderem"');
    expect(html).toContain("Digitale Antragsstrecken");
    expect(entryRow(first)).toEqual(current);
  });

  it("validates the fields with German messages (400), saving nothing", async () => {
    const current = entryRow(first);
    const quarter = await post(saveForm(current, { timeHorizon: "quarter", targetQuarter: "2019-Q5" }));
    expect(quarter.status).toBe(400);
    expect(await quarter.text()).toContain("Bitte geben Sie das Quartal wie 2019-Q3 an.");
    const other = await post(saveForm(current, { responsibleParty: "other", responsibleOther: " " }));
    expect(other.status).toBe(400);
    expect(await other.text()).toContain("Bitte geben Sie an, wer zuständig ist.");
    const noTitle = await post(saveForm(current, { title: "   " }));
    expect(noTitle.status).toBe(400);
    expect(entryRow(first)).toEqual(current);
  });
});

describe("curating", () => {
  it("splits sources into a new entry, and undo restores entries and sources as they were", async () => {
    const before = allEntries();
    const split = new URLSearchParams([
      ["intent", "split"],
      ["entryId", splittable],
      ["contributionIds", splitStep1],
      ["contributionIds", splitStep2],
    ]);
    const response = await postParams(split);
    expect(response.status).toBe(302);
    const afterSplit = allEntries();
    expect(afterSplit).toHaveLength(before.length + 1);
    const created = afterSplit.find((entry) => !before.some((each) => each.id === entry.id));
    expect(created?.sources).toEqual([splitStep1, splitStep2].sort());
    expect(sourceIds(splittable)).toHaveLength(1);

    expect((await page(editor(), adminCookie)).html).toContain("Rückgängig: Eintrag aufgeteilt");

    const undo = await post({ intent: "undo" });
    expect(undo.status).toBe(302);
    expect(allEntries()).toEqual(before);
  });

  it("moves an entry one place up, and refuses to move it past the top", async () => {
    const section = sectionOfTrack(trackA);
    expect(entriesOfSection(section).slice(0, 2)).toEqual([first, second]);
    const response = await post({ intent: "move-entry-step", entryId: second, direction: "up" });
    expect(response.status).toBe(302);
    expect(entriesOfSection(section).slice(0, 2)).toEqual([second, first]);
    const again = await post({ intent: "move-entry-step", entryId: second, direction: "up" });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('role="alert"');
    expect(entriesOfSection(section).slice(0, 2)).toEqual([second, first]);
  });

  it("ignores fields an intent does not have, and takes the event from the URL only", async () => {
    const target = sectionOfTrack(trackB);
    const statusBefore = entryRow(second).status;
    const response = await post({
      intent: "move-entry",
      entryId: second,
      sectionId: target,
      position: "1",
      status: "done",
      eventId: otherEventId,
    });
    expect(response.status).toBe(302);
    expect(entryRow(second)).toMatchObject({ sectionId: target, position: 1, status: statusBefore });

    // An entry of another event is not found here, whatever `eventId` says.
    const before = entryRow(otherEntry);
    const foreign = await post({
      intent: "move-entry-step",
      entryId: otherEntry,
      direction: "down",
      eventId: otherEventId,
    });
    expect(foreign.status).toBe(404);
    expect(entryRow(otherEntry)).toEqual(before);
  });

  it("shows sources whose contribution changed or was deleted, in words", async () => {
    const [changed, deleted] = server.db
      .select()
      .from(entrySources)
      .where(eq(entrySources.entryId, splittable))
      .all()
      .map((row) => row.contributionId);
    server.db
      .update(contributions)
      .set({ text: "Servicekonto für alle einführen" })
      .where(eq(contributions.id, changed ?? ""))
      .run();
    server.db
      .update(contributions)
      .set({ deletedAt: new Date() })
      .where(eq(contributions.id, deleted ?? ""))
      .run();
    const { status, html } = await page(editor(), adminCookie);
    expect(status).toBe(200);
    expect(html).toContain("Quelle geändert");
    expect(html).toContain("gelöscht");
    expect(html).toContain("Servicekonto für alle einführen");
  });
});

describe("publishing", () => {
  const publicPage = `/fahrplan/${EVENT_SLUG}`;

  it("freezes the draft as Fassung 1.0 with a SHA-256, shown publicly without login", async () => {
    const response = await post({ intent: "publish" });
    expect(response.status).toBe(302);
    const versions = listVersions(server.db, eventId);
    expect(versions).toHaveLength(1);
    expect(versions[0]?.contentHash).toMatch(/^[0-9a-f]{64}$/);

    const { status, html } = await page(publicPage);
    expect(status).toBe(200);
    expect(html).toContain("Fassung 1.0");
    expect(html).toContain(versions[0]?.contentHash);
    expect(html).toContain("Digitale Antragsstrecken");
    expect(html).toContain("Zuständig: Land und Kommunen");
    expect(html).toContain("Zeithorizont: kurzfristig (bis 12 Monate)");
    expect(html).toContain("Priorität: hoch");
  });

  it("does not show later draft changes until they are published again", async () => {
    const renamed = await post(saveForm(entryRow(first), { title: "Durchgängige Antragsstrecken für Kommunen" }));
    expect(renamed.status).toBe(302);
    const escaped = await post(saveForm(entryRow(second), { title: "Servicekonto <script>alert(1)</script>" }));
    expect(escaped.status).toBe(302);

    const draftOnly = await page(publicPage);
    expect(draftOnly.html).toContain("Digitale Antragsstrecken");
    expect(draftOnly.html).not.toContain("Durchgängige");
    expect(draftOnly.html).not.toContain("Fassung 2.0");

    expect((await post({ intent: "publish" })).status).toBe(302);
    const republished = await page(publicPage);
    expect(republished.html).toContain("Fassung 2.0");
    expect(republished.html).toContain("Durchgängige Antragsstrecken für Kommunen");
    expect(republished.html).not.toContain("<script>alert(1)");

    const older = await page(`${publicPage}?fassung=1`);
    expect(older.status).toBe(200);
    expect(older.html).toContain("Digitale Antragsstrecken");
    expect(older.html).not.toContain("Durchgängige");
  });

  it("compares two versions, the changed text as <ins> and <del> (as text, never as HTML)", async () => {
    const { status, html } = await page(
      `/moderation/fahrplan/compare?event=${encodeURIComponent(eventId)}&from=1&to=2`,
      adminCookie,
    );
    expect(status).toBe(200);
    expect(html).toMatch(/<del>(<span[^>]*>[^<]*<\/span>)?Digitale<\/del>/);
    expect(html).toMatch(/<ins>(<span[^>]*>[^<]*<\/span>)?Durchgängige/);
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toContain("<script>alert(1)");
  });

  it("answers 404 for an event without a published version, and for unknown ones", async () => {
    const none = await page(`/fahrplan/${OTHER_SLUG}`);
    expect(none.status).toBe(404);
    expect(none.html).toContain("Es gibt noch keine veröffentlichte Fassung.");
    expect((await page("/fahrplan/gibt-es-nicht")).status).toBe(404);
    expect((await page(`${publicPage}?fassung=9`)).status).toBe(404);
  });
});

describe("who may edit", () => {
  it("refuses participants the editor, its actions and the comparison (403)", async () => {
    const participant = await joinEvent(server.url, "Petra Teilnehmerin");
    const versionsBefore = listVersions(server.db, eventId).length;
    const entryBefore = entryRow(first);
    expect((await page(editor(), participant)).status).toBe(403);
    expect((await post({ intent: "publish" }, participant)).status).toBe(403);
    expect((await post(saveForm(entryBefore, { title: "Von Teilnehmenden" }), participant)).status).toBe(403);
    expect((await post({ intent: "undo" }, participant)).status).toBe(403);
    const compare = `/moderation/fahrplan/compare?event=${encodeURIComponent(eventId)}&from=1&to=2`;
    expect((await page(compare, participant)).status).toBe(403);
    expect(listVersions(server.db, eventId)).toHaveLength(versionsBefore);
    expect(entryRow(first)).toEqual(entryBefore);
  });

  it("sends visitors without a session to the login, and answers 404 for unknown events", async () => {
    const anonymous = await page(editor());
    expect(anonymous.status).toBe(302);
    expect((await page(editor("gibt-es-nicht"), adminCookie)).status).toBe(404);
  });
});
