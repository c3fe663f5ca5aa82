import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type AppDatabase, openDatabase } from "../../db/client";
import { listEventsWithTracks } from "../../db/queries/tracks";
import { contributions, entrySources, joinCodes, votes } from "../../db/schema";
import { seedCongress } from "../../db/seed/seed";
import { ensureJoinCodes } from "../../server/auth/join-codes";
import { createParticipant } from "../../server/auth/participants";
import type { AccountPrincipal } from "../../server/auth/principal";
import {
  adoptContributions,
  decideContribution,
  putBack,
  splitEntry,
  undoLastAction,
} from "../../server/fahrplan/curation";
import type { CurationContext } from "../../server/fahrplan/curation-context";
import { similarByContribution, suggestDuplicates } from "../../server/fahrplan/duplicates";
import { updateEntry } from "../../server/fahrplan/entry-editing";
import { loadRoadmap } from "../../server/fahrplan/roadmap";
import { analyse } from "../../server/fahrplan/similarity";
import { compareVersions, publishedVersion, publishVersion } from "../../server/fahrplan/versions";
import { Glossaries } from "../../server/search/glossary";

const actor: AccountPrincipal = {
  kind: "account",
  sessionId: "s",
  userId: "u",
  email: "m@fahrplan.test",
  displayName: "Moderation",
  role: "admin",
  moderatedEvents: [],
  moderatedTracks: [],
};

let db: AppDatabase;
let ctx: CurationContext;
let trackIds: string[];
let participantId: string;

beforeEach(() => {
  db = openDatabase(":memory:");
  seedCongress(db);
  ensureJoinCodes(db, null);
  const [event] = listEventsWithTracks(db);
  if (!event) throw new Error("no event");
  ctx = { db, actor, eventId: event.id };
  trackIds = event.tracks.map((track) => track.id);
  const code = db.select().from(joinCodes).get();
  participantId = createParticipant(db, {
    eventId: event.id,
    joinCodeId: code?.id ?? "",
    displayName: "Paula",
    organisation: null,
  });
});

afterEach(() => db.$client.close());

function contribution(trackIndex: number, kind: "problem" | "step", text: string, voteCount = 0): string {
  const id = randomUUID();
  const trackId = trackIds[trackIndex] ?? "";
  db.insert(contributions)
    .values({ id, eventId: ctx.eventId, trackId, kind, text, position: 0, updatedAt: new Date() })
    .run();
  if (voteCount > 0) {
    db.insert(votes)
      .values({ participantId, contributionId: id, trackId, count: voteCount, updatedAt: new Date() })
      .run();
  }
  return id;
}

function entries() {
  return loadRoadmap(db, ctx.eventId).sections.flatMap((section) => section.entries);
}

describe("curating contributions into the Fahrplan", () => {
  it("merges contributions from two tracks into one entry, keeping every source and the sum of their votes", () => {
    const a = contribution(0, "problem", "Anträge gibt es nur auf Papier.", 2);
    const b = contribution(1, "problem", "Papieranträge müssen abgetippt werden.", 3);
    const result = adoptContributions(ctx, [a, b]);
    expect(result.ok).toBe(true);
    const [entry] = entries();
    expect(entry?.sources.map((source) => source.contributionId).sort()).toEqual([a, b].sort());
    expect(entry?.votes).toBe(5);
    expect(entry?.title).toBe("Anträge gibt es nur auf Papier.");
  });

  it("refuses contributions of another event, or ones already adopted", () => {
    const a = contribution(0, "problem", "Erstes Problem");
    expect(adoptContributions(ctx, [a, "unknown-id"])).toMatchObject({ ok: false, reason: "not-found" });
    expect(adoptContributions(ctx, [a]).ok).toBe(true);
    expect(adoptContributions(ctx, [a])).toMatchObject({ ok: false, reason: "contributions-curated" });
  });

  it("splits an entry, and undo restores the earlier state exactly", () => {
    const a = contribution(0, "problem", "Problem A");
    const b = contribution(1, "step", "Schritt B");
    const adopted = adoptContributions(ctx, [a, b]);
    if (!adopted.ok) throw new Error("not adopted");
    const before = entries();
    const split = splitEntry(ctx, adopted.value.entryId, [b]);
    expect(split.ok).toBe(true);
    expect(entries()).toHaveLength(2);
    expect(undoLastAction(ctx)).toMatchObject({ ok: true });
    expect(entries()).toEqual(before);
  });

  it("refuses a stale save and writes nothing", () => {
    const adopted = adoptContributions(ctx, [contribution(0, "problem", "Ein Problem")]);
    if (!adopted.ok) throw new Error("not adopted");
    const [entry] = entries();
    if (!entry) throw new Error("no entry");
    const fields = {
      title: "Neuer Titel",
      problemStatement: entry.problemStatement,
      steps: ["Schritt 1", "Schritt 2"],
      responsibleParty: "land_und_kommunen" as const,
      responsibleOther: null,
      timeHorizon: "quarter" as const,
      targetQuarter: "2019-Q3",
      priority: "high" as const,
      status: "agreed" as const,
    };
    expect(updateEntry(ctx, entry.id, entry.version, fields).ok).toBe(true);
    const stale = updateEntry(ctx, entry.id, entry.version, { ...fields, title: "Überschrieben?" });
    expect(stale).toMatchObject({ ok: false, reason: "conflict" });
    expect(entries()[0]).toMatchObject({
      title: "Neuer Titel",
      version: entry.version + 1,
      steps: ["Schritt 1", "Schritt 2"],
    });
  });

  it("rejects with a reason, puts back, and undoes the put-back", () => {
    const a = contribution(0, "problem", "Zu allgemein");
    expect(decideContribution(ctx, a, { kind: "rejected", reason: "Kein konkretes Problem" }).ok).toBe(true);
    expect(adoptContributions(ctx, [a]).ok).toBe(false);
    expect(putBack(ctx, a).ok).toBe(true);
    expect(adoptContributions(ctx, [a]).ok).toBe(true);
    expect(undoLastAction(ctx).ok).toBe(true); // the adoption
    expect(undoLastAction(ctx).ok).toBe(true); // the put-back: rejected again
    expect(adoptContributions(ctx, [a]).ok).toBe(false);
    expect(db.select().from(entrySources).where(eq(entrySources.contributionId, a)).all()).toEqual([]);
  });
});

describe("duplicate suggestions", () => {
  it("find the same problem in two tracks despite German inflection, the step that answers it, never unrelated ones", () => {
    const a = contribution(0, "problem", "Es fehlen Schnittstellen zwischen den Fachverfahren der Kommunen.");
    const b = contribution(3, "problem", "Die fehlende Schnittstelle zum Fachverfahren der Kommune bremst.");
    const unrelated = contribution(2, "problem", "Das Landesdatennetz ist zu langsam.");
    const step = contribution(1, "step", "Schnittstellen zwischen Fachverfahren definieren.");
    const suggestions = suggestDuplicates(db, ctx.eventId);
    const pairs = suggestions.map((each) => [each.first.id, each.second.id].sort().join("|"));
    expect(pairs).toContain([a, b].sort().join("|"));
    expect(pairs).toContain([a, step].sort().join("|"));
    const ab = suggestions.find((each) => [each.first.id, each.second.id].sort().join("|") === [a, b].sort().join("|"));
    expect(ab?.sharedWords).toEqual(expect.arrayContaining(["Schnittstellen", "Fachverfahren"]));
    expect(pairs.join(" ")).not.toContain(unrelated);
  });

  it("find the issue's two Nutzerkonto contributions, across tracks, with the words they share", () => {
    const a = contribution(
      0,
      "problem",
      "Das Nutzerkonto des Bundes und das Servicekonto Thüringen sind für Bürger nicht verknüpft.",
    );
    const b = contribution(
      2,
      "problem",
      "Bürgerinnen und Bürger müssen sich für jede Behörde neu registrieren; ein einheitliches Nutzerkonto fehlt.",
    );
    contribution(1, "problem", "Das Landesdatennetz ist zu langsam.");
    const [first] = suggestDuplicates(db, ctx.eventId);
    expect([first?.first.id, first?.second.id].sort()).toEqual([a, b].sort());
    expect(first?.sharedWords).toEqual(expect.arrayContaining(["Nutzerkonto", "Bürger"]));
  });

  it("weigh compound parts and the glossary's abbreviations, and list each contribution's closest first", () => {
    const glossary = new Glossaries(null).forEvent("kongress");
    const konto = contribution(0, "problem", "Das Servicekonto ist kaum bekannt.");
    const buergerkonto = contribution(1, "step", "Das Bürgerservicekonto bekannter machen.");
    const eid = contribution(2, "problem", "Die eID wird selten genutzt.");
    const ausweis = contribution(3, "step", "Die Online-Ausweisfunktion einfacher machen.");
    contribution(4, "problem", "Das Landesdatennetz ist zu langsam.");
    const suggestions = suggestDuplicates(db, ctx.eventId, { glossary, limit: Number.POSITIVE_INFINITY });
    const pairs = suggestions.map((each) => [each.first.id, each.second.id].sort().join("|"));
    expect(pairs).toContain([konto, buergerkonto].sort().join("|"));
    expect(pairs).toContain([eid, ausweis].sort().join("|"));
    // Without the glossary, "eID" and "Online-Ausweisfunktion" share nothing.
    const without = suggestDuplicates(db, ctx.eventId).map((each) => [each.first.id, each.second.id].sort().join("|"));
    expect(without).not.toContain([eid, ausweis].sort().join("|"));

    const similar = similarByContribution(suggestions);
    expect(similar[eid]?.[0]).toMatchObject({ id: ausweis, sharedWords: ["eID"] });
    for (const list of Object.values(similar)) {
      expect(list.length).toBeLessThanOrEqual(3);
      expect(list.map((each) => each.similarity)).toEqual(
        [...list.map((each) => each.similarity)].sort((x, y) => y - x),
      );
    }
  });

  it("analyse inflected, umlaut-spelled and gendered forms alike", () => {
    const stems = (text: string) => [...analyse(text).stems.keys()];
    expect(stems("Schnittstellen")).toEqual(stems("Schnittstelle"));
    expect(stems("der Kommunen")).toEqual(stems("die Kommune"));
    expect(stems("Medienbrüche")).toEqual(stems("Medienbruch"));
    expect(stems("Buergerinnen")).toEqual(stems("Bürger"));
    expect(stems("Bürger:innen")).toEqual(stems("Bürger"));
    expect(stems("BürgerInnen")).toEqual(stems("Bürger"));
    expect(stems("Mitarbeiterin")).toEqual(stems("Mitarbeiter"));
  });
});

describe("versions", () => {
  it("freeze the draft with a content hash, and compare two versions", () => {
    const adopted = adoptContributions(ctx, [contribution(0, "problem", "Erster Titel")]);
    if (!adopted.ok) throw new Error("not adopted");
    const first = publishVersion(ctx);
    expect(first).toMatchObject({ number: 1, label: "Fassung 1.0" });
    expect(first.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const [entry] = entries();
    if (!entry) throw new Error("no entry");
    updateEntry(ctx, entry.id, entry.version, {
      title: "Zweiter Titel",
      problemStatement: entry.problemStatement,
      steps: [],
      responsibleParty: null,
      responsibleOther: null,
      timeHorizon: null,
      targetQuarter: null,
      priority: null,
      status: "draft",
    });
    expect(publishedVersion(db, ctx.eventId)?.snapshot.sections[0]?.entries[0]?.title).toBe("Erster Titel");
    publishVersion(ctx);
    const older = publishedVersion(db, ctx.eventId, 1);
    const newer = publishedVersion(db, ctx.eventId, 2);
    if (!older || !newer) throw new Error("versions missing");
    const comparison = compareVersions(older.snapshot, newer.snapshot);
    expect(comparison.changed).toHaveLength(1);
    const title = comparison.changed[0]?.fields.title ?? [];
    expect(title.filter((part) => part.removed).map((part) => part.value.trim())).toContain("Erster");
    expect(title.filter((part) => part.added).map((part) => part.value.trim())).toContain("Zweiter");
  });
});
