import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listEventsWithTracks } from "../../db/queries/tracks";
import {
  contributionDecisions,
  contributions,
  curationActions,
  entrySources,
  moderatorAssignments,
  participants,
  roadmapEntries,
  votes,
} from "../../db/schema";
import { createAccount } from "../../server/auth/accounts";
import { indexContribution } from "../../server/contributions/search-index";
import { boardContributions } from "../../server/fahrplan/board";
import { loadRoadmap } from "../../server/fahrplan/roadmap";
import { joinEvent, logIn, TEST_ADMIN } from "../support/http-session";
import { insertOtherEvent as insertOtherEventRows } from "../support/other-event";
import { startTestServer } from "../support/test-server";

/**
 * The moderation board over HTTP against the real server: who may see and use it, and that its actions
 * reach the curation functions for the event of the URL only. Contributions and votes are written straight
 * into the read model, as the extraction from the live documents would.
 */

const OTHER_MODERATOR = { email: "moderation-anderswo@fahrplan.test", password: "moderations-passwort-lang" };

let server: Awaited<ReturnType<typeof startTestServer>>;
let eventId: string;
let trackA: { id: string; eventId: string };
let trackB: { id: string; eventId: string };
let otherTrack: { id: string; eventId: string };
let adminCookie: string;
let participantCookie: string;
let otherModeratorCookie: string;
/** Real participants, for the votes' foreign key. */
let voters: string[];
let nextPosition = 0;

type Kind = "problem" | "step";

function insertContribution(track: { id: string; eventId: string }, text: string, kind: Kind = "problem"): string {
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
function addVotes(contributionId: string, trackId: string, counts: number[]): void {
  counts.forEach((count, index) => {
    const participantId = voters[index];
    if (!participantId) throw new Error("not enough voters");
    server.db.insert(votes).values({ participantId, contributionId, trackId, count, updatedAt: new Date() }).run();
  });
}

const boardPath = (event = eventId, extra = "") => `/moderation/board?event=${encodeURIComponent(event)}${extra}`;

/** A form post as a browser sends it; fields may repeat (checkbox groups). */
function post(fields: [string, string][], options: { cookie?: string; path?: string } = {}): Promise<Response> {
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

function getBoard(path = boardPath(), cookie = adminCookie): Promise<Response> {
  return fetch(`${server.url}${path}`, { redirect: "manual", headers: cookie ? { Cookie: cookie } : {} });
}

/**
 * The rendered list only: the page's hydration data also carries every contribution of the event (for the
 * "Duplikat von" choice), so a filtered-out text still occurs elsewhere in the HTML.
 */
async function listedIn(response: Response): Promise<string> {
  const html = await response.text();
  return html.slice(html.indexOf("<table"), html.indexOf("</table>"));
}

function statusOf(contributionId: string) {
  const row = boardContributions(server.db, eventId).find((each) => each.id === contributionId);
  if (!row) throw new Error(`contribution ${contributionId} not on the board`);
  return row;
}

function sourcesOf(contributionIds: string[]) {
  return server.db.select().from(entrySources).where(inArray(entrySources.contributionId, contributionIds)).all();
}

/** Everything curation may change, to show that a refused request changed nothing. */
function curationState() {
  return {
    entries: server.db.select().from(roadmapEntries).all().length,
    sources: server.db.select().from(entrySources).all().length,
    decisions: server.db.select().from(contributionDecisions).all().length,
    actions: server.db.select().from(curationActions).all().length,
  };
}

function insertOtherEvent(): { id: string; eventId: string } {
  const other = insertOtherEventRows(server.db);
  return { id: other.trackId, eventId: other.eventId };
}

/** A moderator of the whole other event (and of nothing in the congress). */
async function moderatorOfOtherEvent(otherEventId: string): Promise<string> {
  const user = await createAccount(server.db, {
    email: OTHER_MODERATOR.email,
    displayName: "Otto Anderswo",
    password: OTHER_MODERATOR.password,
    role: "moderator",
  });
  server.db.insert(moderatorAssignments).values({ userId: user.id, eventId: otherEventId, trackId: null }).run();
  return logIn(server.url, OTHER_MODERATOR.email, OTHER_MODERATOR.password);
}

async function voter(name: string): Promise<{ cookie: string; id: string }> {
  const cookie = await joinEvent(server.url, name);
  const row = server.db.select().from(participants).where(eq(participants.displayName, name)).get();
  if (!row) throw new Error(`participant ${name} not stored`);
  return { cookie, id: row.id };
}

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

describe("who may open the board", () => {
  it("shows the event's contributions to an admin", async () => {
    const id = insertContribution(trackA, "Sichtbarkeitsprobe Posteingang");
    const response = await getBoard();
    expect(response.status).toBe(200);
    const list = await listedIn(response);
    expect(list).toContain("Sichtbarkeitsprobe Posteingang");
    expect(list).toContain(`value="${id}"`);
  });

  it("also without ?event=, for the first event the account moderates", async () => {
    const response = await getBoard("/moderation/board");
    expect(response.status).toBe(200);
  });

  it("sends anonymous visitors to the login page", async () => {
    const response = await getBoard(boardPath(), "");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toMatch(/^\/login\?redirectTo=/);
  });

  it("refuses participants", async () => {
    const response = await getBoard(boardPath(), participantCookie);
    expect(response.status).toBe(403);
  });

  it("refuses a moderator of another event, and answers 404 for an unknown event", async () => {
    expect((await getBoard(boardPath(), otherModeratorCookie)).status).toBe(403);
    expect((await getBoard(boardPath(otherTrack.eventId), otherModeratorCookie)).status).toBe(200);
    expect((await getBoard(boardPath(randomUUID()))).status).toBe(404);
  });
});

describe("filters", () => {
  it("filters by track, kind, votes and search words in the loader", async () => {
    const popular = insertContribution(trackB, "Filterprobe Registermodernisierung beliebt", "step");
    const unpopular = insertContribution(trackB, "Filterprobe Registermodernisierung unbeliebt", "step");
    const otherTrackOne = insertContribution(trackA, "Filterprobe Registermodernisierung anderswo", "step");
    addVotes(popular, trackB.id, [2, 1]);
    for (const id of [popular, unpopular, otherTrackOne]) {
      const row = server.db.select().from(contributions).where(eq(contributions.id, id)).get();
      if (row) indexContribution(server.db, row);
    }
    const query = `&track=${trackB.id}&kind=step&status=open&minVotes=3&q=Registermodernisierung`;
    const list = await listedIn(await getBoard(boardPath(eventId, query)));
    expect(list).toContain("Filterprobe Registermodernisierung beliebt");
    expect(list).not.toContain("Filterprobe Registermodernisierung unbeliebt");
    expect(list).not.toContain("Filterprobe Registermodernisierung anderswo");
  });
});

describe("curation actions", () => {
  it("adopts two contributions of two tracks as one entry with both sources and their votes", async () => {
    const problem = insertContribution(trackA, "Übernahmeprobe: Akten liegen nur auf Papier vor");
    const step = insertContribution(trackB, "Übernahmeprobe: E-Akte landesweit einführen", "step");
    addVotes(problem, trackA.id, [2, 1]);
    addVotes(step, trackB.id, [1]);

    const response = await post([
      ["intent", "adopt"],
      ["contributionIds", problem],
      ["contributionIds", step],
    ]);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(boardPath());

    const sources = sourcesOf([problem, step]);
    expect(sources).toHaveLength(2);
    const entryId = sources[0]?.entryId;
    expect(sources.every((source) => source.entryId === entryId)).toBe(true);
    const entry = loadRoadmap(server.db, eventId)
      .sections.flatMap((section) => section.entries)
      .find((each) => each.id === entryId);
    expect(entry?.votes).toBe(4);
    expect(statusOf(problem).status).toBe("adopted");
    expect(statusOf(step).status).toBe("adopted");
  });

  it("adds more contributions to an existing entry", async () => {
    const first = insertContribution(trackA, "Ergänzungsprobe: Formulare doppelt");
    const later = insertContribution(trackB, "Ergänzungsprobe: Formulare mehrfach");
    expect(
      (
        await post([
          ["intent", "adopt"],
          ["contributionIds", first],
        ])
      ).status,
    ).toBe(302);
    const entryId = sourcesOf([first])[0]?.entryId ?? "";
    const response = await post([
      ["intent", "add-to-entry"],
      ["entryId", entryId],
      ["contributionIds", later],
    ]);
    expect(response.status).toBe(302);
    expect(sourcesOf([later])[0]?.entryId).toBe(entryId);
  });

  it("refuses a rejection without a reason and changes nothing", async () => {
    const id = insertContribution(trackA, "Ablehnungsprobe ohne Begründung");
    const before = curationState();
    expect(
      (
        await post([
          ["intent", "reject"],
          ["contributionId", id],
        ])
      ).status,
    ).toBe(400);
    expect(
      (
        await post([
          ["intent", "reject"],
          ["contributionId", id],
          ["reason", "   "],
        ])
      ).status,
    ).toBe(400);
    expect(curationState()).toEqual(before);
    expect(statusOf(id).status).toBe("open");
  });

  it("rejects with a reason, and puts the contribution back to open", async () => {
    const id = insertContribution(trackA, "Ablehnungsprobe mit Begründung");
    const rejected = await post([
      ["intent", "reject"],
      ["contributionId", id],
      ["reason", "Gehört nicht zum Thema des Workshops."],
    ]);
    expect(rejected.status).toBe(302);
    expect(statusOf(id)).toMatchObject({ status: "rejected", reason: "Gehört nicht zum Thema des Workshops." });

    const html = await (await getBoard()).text();
    expect(html).toContain("Gehört nicht zum Thema des Workshops.");

    expect(
      (
        await post([
          ["intent", "put-back"],
          ["contributionId", id],
        ])
      ).status,
    ).toBe(302);
    expect(statusOf(id).status).toBe("open");
  });

  it("marks a duplicate of another contribution", async () => {
    const original = insertContribution(trackA, "Duplikatprobe Original");
    const copy = insertContribution(trackB, "Duplikatprobe Kopie");
    const response = await post([
      ["intent", "duplicate"],
      ["contributionId", copy],
      ["duplicateOfId", original],
    ]);
    expect(response.status).toBe(302);
    expect(statusOf(copy)).toMatchObject({ status: "duplicate", duplicateOfId: original });
  });

  it("merges a suggested pair in one step", async () => {
    const first = insertContribution(trackA, "Schnittstellen zwischen Fachverfahren fehlen vollständig");
    const second = insertContribution(trackB, "Schnittstelle zwischen Fachverfahren fehlt vollständig");
    const html = await (await getBoard()).text();
    expect(html).toContain("Zusammenführen");
    const response = await post([
      ["intent", "merge-suggestion"],
      ["contributionIds", first],
      ["contributionIds", second],
    ]);
    expect(response.status).toBe(302);
    const sources = sourcesOf([first, second]);
    expect(sources).toHaveLength(2);
    expect(sources[0]?.entryId).toBe(sources[1]?.entryId);
  });

  it("undoes an adoption: the entry and its sources are gone", async () => {
    const id = insertContribution(trackA, "Rückgängigprobe");
    expect(
      (
        await post([
          ["intent", "adopt"],
          ["contributionIds", id],
        ])
      ).status,
    ).toBe(302);
    const entryId = sourcesOf([id])[0]?.entryId ?? "";
    expect(entryId).not.toBe("");

    expect((await post([["intent", "undo"]])).status).toBe(302);
    expect(sourcesOf([id])).toHaveLength(0);
    expect(server.db.select().from(roadmapEntries).where(eq(roadmapEntries.id, entryId)).get()).toBeUndefined();
    expect(statusOf(id).status).toBe("open");
  });

  it("answers 409 for an action the state forbids, in the visitor's language", async () => {
    const id = insertContribution(trackA, "Konfliktprobe");
    expect(
      (
        await post([
          ["intent", "adopt"],
          ["contributionIds", id],
        ])
      ).status,
    ).toBe(302);
    const again = await post([
      ["intent", "adopt"],
      ["contributionIds", id],
    ]);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("schon übernommen oder entschieden");
    // The domain answers with a code; the words are chosen at the route, in the visitor's language.
    const inEnglish = await post(
      [
        ["intent", "adopt"],
        ["contributionIds", id],
      ],
      { cookie: `${adminCookie}; lang=en` },
    );
    expect(await inEnglish.text()).toContain("already been adopted or decided");
  });

  it("refuses an unknown intent or a repeated single field as malformed", async () => {
    const id = insertContribution(trackA, "Formprobe");
    expect((await post([["intent", "delete-everything"]])).status).toBe(400);
    const repeated = await post([
      ["intent", "put-back"],
      ["contributionId", id],
      ["contributionId", id],
    ]);
    expect(repeated.status).toBe(400);
  });
});

describe("the event is the URL's", () => {
  it("ignores an eventId field in the form", async () => {
    const id = insertContribution(trackA, "Ereignisprobe im Kongress");
    const response = await post([
      ["intent", "adopt"],
      ["contributionIds", id],
      ["eventId", otherTrack.eventId],
    ]);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(boardPath());
    const entryId = sourcesOf([id])[0]?.entryId;
    const congressEntries = loadRoadmap(server.db, eventId).sections.flatMap((section) => section.entries);
    expect(congressEntries.some((entry) => entry.id === entryId)).toBe(true);
  });

  it("does not reach a contribution of another event through the form's eventId", async () => {
    const foreign = insertContribution(otherTrack, "Ereignisprobe anderswo");
    const before = curationState();
    const response = await post([
      ["intent", "adopt"],
      ["contributionIds", foreign],
      ["eventId", otherTrack.eventId],
    ]);
    expect(response.status).toBe(404);
    expect(curationState()).toEqual(before);
  });

  it("refuses a moderator of another event, and changes nothing", async () => {
    const id = insertContribution(trackA, "Fremdmoderationsprobe");
    const before = curationState();
    const onCongress = await post(
      [
        ["intent", "adopt"],
        ["contributionIds", id],
      ],
      { cookie: otherModeratorCookie },
    );
    expect(onCongress.status).toBe(403);
    // Their own event in the URL does not open the congress' contributions either.
    const throughOwnEvent = await post(
      [
        ["intent", "adopt"],
        ["contributionIds", id],
        ["eventId", eventId],
      ],
      { cookie: otherModeratorCookie, path: boardPath(otherTrack.eventId) },
    );
    expect(throughOwnEvent.status).toBe(404);
    expect((await post([["intent", "undo"]], { cookie: otherModeratorCookie })).status).toBe(403);
    expect(curationState()).toEqual(before);
    expect(statusOf(id).status).toBe("open");
  });

  it("refuses participants' posts", async () => {
    const id = insertContribution(trackA, "Teilnahmeprobe");
    const before = curationState();
    const response = await post(
      [
        ["intent", "adopt"],
        ["contributionIds", id],
      ],
      { cookie: participantCookie },
    );
    expect(response.status).toBe(403);
    expect(curationState()).toEqual(before);
  });
});
