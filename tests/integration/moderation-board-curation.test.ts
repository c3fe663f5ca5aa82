import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { roadmapEntries } from "../../db/schema";
import { loadRoadmap } from "../../server/fahrplan/roadmap";
import * as board from "../support/moderation-board-setup";

board.withBoardServer();

describe("curation actions", () => {
  it("adopts two contributions of two tracks as one entry with both sources and their votes", async () => {
    const problem = board.insertContribution(board.trackA, "Übernahmeprobe: Akten liegen nur auf Papier vor");
    const step = board.insertContribution(board.trackB, "Übernahmeprobe: E-Akte landesweit einführen", "step");
    board.addVotes(problem, board.trackA.id, [2, 1]);
    board.addVotes(step, board.trackB.id, [1]);

    const response = await board.post([
      ["intent", "adopt"],
      ["contributionIds", problem],
      ["contributionIds", step],
    ]);
    // The board answers with the page and says what was done (issue #14.7).
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Als neuer Eintrag in den Fahrplan übernommen.");

    const sources = board.sourcesOf([problem, step]);
    expect(sources).toHaveLength(2);
    const entryId = sources[0]?.entryId;
    expect(sources.every((source) => source.entryId === entryId)).toBe(true);
    const entry = loadRoadmap(board.server.db, board.eventId)
      .sections.flatMap((section) => section.entries)
      .find((each) => each.id === entryId);
    expect(entry?.votes).toBe(4);
    expect(board.statusOf(problem).status).toBe("adopted");
    expect(board.statusOf(step).status).toBe("adopted");
  });

  it("adds more contributions to an existing entry", async () => {
    const first = board.insertContribution(board.trackA, "Ergänzungsprobe: Formulare doppelt");
    const later = board.insertContribution(board.trackB, "Ergänzungsprobe: Formulare mehrfach");
    expect(
      (
        await board.post([
          ["intent", "adopt"],
          ["contributionIds", first],
        ])
      ).status,
    ).toBe(200);
    const entryId = board.sourcesOf([first])[0]?.entryId ?? "";
    const response = await board.post([
      ["intent", "add-to-entry"],
      ["entryId", entryId],
      ["contributionIds", later],
    ]);
    expect(response.status).toBe(200);
    expect(board.sourcesOf([later])[0]?.entryId).toBe(entryId);
  });

  it("takes an added step into the entry's steps, once, and keeps its problem statement", async () => {
    const problem = board.insertContribution(board.trackA, "Schrittprobe: Akten liegen auf Papier");
    const step = board.insertContribution(board.trackA, "Schrittprobe: E-Akte einführen", "step");
    const duplicateProblem = board.insertContribution(board.trackB, "Schrittprobe: Akten nur auf Papier");
    await board.post([
      ["intent", "adopt"],
      ["contributionIds", problem],
    ]);
    const entryId = board.sourcesOf([problem])[0]?.entryId ?? "";
    for (const added of [step, duplicateProblem]) {
      const response = await board.post([
        ["intent", "add-to-entry"],
        ["entryId", entryId],
        ["contributionIds", added],
      ]);
      expect(response.status).toBe(200);
    }
    const entry = board.server.db.select().from(roadmapEntries).where(eq(roadmapEntries.id, entryId)).get();
    expect(entry?.steps).toEqual(["Schrittprobe: E-Akte einführen"]);
    expect(entry?.problemStatement).toBe("Schrittprobe: Akten liegen auf Papier");
    expect(board.sourcesOf([step, duplicateProblem])).toHaveLength(2);
  });

  it("refuses a rejection without a reason and changes nothing", async () => {
    const id = board.insertContribution(board.trackA, "Ablehnungsprobe ohne Begründung");
    const before = board.curationState();
    expect(
      (
        await board.post([
          ["intent", "reject"],
          ["contributionId", id],
        ])
      ).status,
    ).toBe(400);
    expect(
      (
        await board.post([
          ["intent", "reject"],
          ["contributionId", id],
          ["reason", "   "],
        ])
      ).status,
    ).toBe(400);
    expect(board.curationState()).toEqual(before);
    expect(board.statusOf(id).status).toBe("open");
  });

  it("rejects with a reason, and puts the contribution back to open", async () => {
    const id = board.insertContribution(board.trackA, "Ablehnungsprobe mit Begründung");
    const rejected = await board.post([
      ["intent", "reject"],
      ["contributionId", id],
      ["reason", "Gehört nicht zum Thema des Workshops."],
    ]);
    expect(rejected.status).toBe(200);
    expect(board.statusOf(id)).toMatchObject({ status: "rejected", reason: "Gehört nicht zum Thema des Workshops." });

    const html = await (await board.getBoard()).text();
    expect(html).toContain("Gehört nicht zum Thema des Workshops.");

    expect(
      (
        await board.post([
          ["intent", "put-back"],
          ["contributionId", id],
        ])
      ).status,
    ).toBe(200);
    expect(board.statusOf(id).status).toBe("open");
  });

  it("marks a duplicate of another contribution", async () => {
    const original = board.insertContribution(board.trackA, "Duplikatprobe Original");
    const copy = board.insertContribution(board.trackB, "Duplikatprobe Kopie");
    const response = await board.post([
      ["intent", "duplicate"],
      ["contributionId", copy],
      ["duplicateOfId", original],
    ]);
    expect(response.status).toBe(200);
    expect(board.statusOf(copy)).toMatchObject({ status: "duplicate", duplicateOfId: original });
  });

  it("merges a suggested pair in one step", async () => {
    const first = board.insertContribution(board.trackA, "Schnittstellen zwischen Fachverfahren fehlen vollständig");
    const second = board.insertContribution(board.trackB, "Schnittstelle zwischen Fachverfahren fehlt vollständig");
    const html = await (await board.getBoard()).text();
    expect(html).toContain("Zusammenführen");
    const response = await board.post([
      ["intent", "merge-suggestion"],
      ["contributionIds", first],
      ["contributionIds", second],
    ]);
    expect(response.status).toBe(200);
    const sources = board.sourcesOf([first, second]);
    expect(sources).toHaveLength(2);
    expect(sources[0]?.entryId).toBe(sources[1]?.entryId);
  });

  it("undoes an adoption: the entry and its sources are gone", async () => {
    const id = board.insertContribution(board.trackA, "Rückgängigprobe");
    expect(
      (
        await board.post([
          ["intent", "adopt"],
          ["contributionIds", id],
        ])
      ).status,
    ).toBe(200);
    const entryId = board.sourcesOf([id])[0]?.entryId ?? "";
    expect(entryId).not.toBe("");

    expect((await board.post([["intent", "undo"]])).status).toBe(200);
    expect(board.sourcesOf([id])).toHaveLength(0);
    expect(board.server.db.select().from(roadmapEntries).where(eq(roadmapEntries.id, entryId)).get()).toBeUndefined();
    expect(board.statusOf(id).status).toBe("open");
  });

  it("answers 409 for an action the state forbids, in the visitor's language", async () => {
    const id = board.insertContribution(board.trackA, "Konfliktprobe");
    expect(
      (
        await board.post([
          ["intent", "adopt"],
          ["contributionIds", id],
        ])
      ).status,
    ).toBe(200);
    const again = await board.post([
      ["intent", "adopt"],
      ["contributionIds", id],
    ]);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("schon übernommen oder entschieden");
    // The domain answers with a code; the words are chosen at the route, in the visitor's language.
    const inEnglish = await board.post(
      [
        ["intent", "adopt"],
        ["contributionIds", id],
      ],
      { cookie: `${board.adminCookie}; lang=en` },
    );
    expect(await inEnglish.text()).toContain("already been adopted or decided");
  });

  it("refuses an unknown intent or a repeated single field as malformed", async () => {
    const id = board.insertContribution(board.trackA, "Formprobe");
    expect((await board.post([["intent", "delete-everything"]])).status).toBe(400);
    const repeated = await board.post([
      ["intent", "put-back"],
      ["contributionId", id],
      ["contributionId", id],
    ]);
    expect(repeated.status).toBe(400);
  });
});
