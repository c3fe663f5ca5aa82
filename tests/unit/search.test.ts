import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { type AppDatabase, openDatabase } from "../../db/client";
import { contributions, events, roadmapEntries, roadmapSections, roadmaps, tracks } from "../../db/schema";
import { foldGerman } from "../../server/search/german";
import { Glossaries } from "../../server/search/glossary";
import { type SearchHit, search } from "../../server/search/search";

const glossaries = new Glossaries(null);

const dbs: AppDatabase[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.$client.close();
});

const EVENT = "event-a";
const OTHER_EVENT = "event-b";

interface Row {
  id: string;
  eventId?: string;
  kind?: "problem" | "step";
  text: string;
  deleted?: boolean;
}

const ROWS: Row[] = [
  { id: "schluesselverwaltung", text: "Die Schluesselverwaltung im Rathaus ist unklar." },
  { id: "schluesseluebergabe", kind: "step", text: "Schlüsselübergabe an einer Stelle bündeln" },
  { id: "strasse", text: "STRASSE vor dem Bürgeramt gesperrt" },
  { id: "akten", text: "Akten werden doppelt geführt" },
  { id: "aktenfuehrung", kind: "step", text: "Aktenführung vereinheitlichen" },
  { id: "ordnungsamt", text: "Das Ordnungsamt kennt die Abläufe nicht" },
  { id: "geloescht", text: "Akte verloren", deleted: true },
  { id: "anderswo", eventId: OTHER_EVENT, text: "Akten im anderen Landkreis" },
];

function setUp(): AppDatabase {
  const db = openDatabase(":memory:");
  dbs.push(db);
  db.insert(events)
    .values([
      { id: EVENT, slug: "kongress", title: "Kongress", startsOn: "2026-03-10", venue: "Berlin" },
      { id: OTHER_EVENT, slug: "anderer", title: "Anderer Kongress", startsOn: "2026-04-01", venue: "Bonn" },
    ])
    .run();
  db.insert(tracks)
    .values([
      { id: "track-a", eventId: EVENT, slug: "verwaltung", position: 1, title: "Verwaltung", subtopics: [] },
      { id: "track-b", eventId: OTHER_EVENT, slug: "verwaltung", position: 1, title: "Woanders", subtopics: [] },
    ])
    .run();
  ROWS.forEach((row, position) => {
    addContribution(db, row, position);
  });
  return db;
}

function addContribution(db: AppDatabase, row: Row, position: number): void {
  const eventId = row.eventId ?? EVENT;
  const now = new Date("2026-03-10T09:00:00Z");
  db.insert(contributions)
    .values({
      id: row.id,
      eventId,
      trackId: eventId === EVENT ? "track-a" : "track-b",
      kind: row.kind ?? "problem",
      text: row.text,
      authorName: "Erika Muster",
      authorOrganisation: "Stadt Musterhausen",
      position,
      deletedAt: row.deleted ? now : null,
      updatedAt: now,
    })
    .run();
}

function hitsOf(db: AppDatabase, query: string, eventIds: string[] = [EVENT], limit?: number): SearchHit[] {
  return search(db, { eventIds, query, glossaryOf: () => glossaries.forEvent("kongress"), limit });
}

function found(db: AppDatabase, query: string, eventIds: string[] = [EVENT]): string[] {
  return hitsOf(db, query, eventIds)
    .map((hit) => hit.id)
    .sort();
}

describe("foldGerman", () => {
  it("spells umlauts and ß out, lower-cases, and drops other diacritics", () => {
    expect(foldGerman("Straße")).toBe("strasse");
    expect(foldGerman("STRASSE")).toBe("strasse");
    expect(foldGerman("GROẞE")).toBe("grosse");
    expect(foldGerman("Schlüssel")).toBe("schluessel");
    expect(foldGerman("Schlu\u0308ssel")).toBe("schluessel");
    expect(foldGerman("ÄÖÜ äöü")).toBe("aeoeue aeoeue");
    expect(foldGerman("Café Señor")).toBe("cafe senor");
  });
});

describe("search", () => {
  it("finds umlauts and their spelt-out forms both ways", () => {
    const db = setUp();
    expect(found(db, "Schlüssel")).toEqual(["schluesseluebergabe", "schluesselverwaltung"]);
    expect(found(db, "schluessel")).toEqual(["schluesseluebergabe", "schluesselverwaltung"]);
    expect(found(db, "Schlüsselübergabe")).toEqual(["schluesseluebergabe"]);
    expect(found(db, "Straße")).toEqual(["strasse"]);
    expect(found(db, "buergeramt")).toEqual(["strasse"]);
  });

  it("finds inflected forms and compounds that begin with the word", () => {
    const db = setUp();
    expect(found(db, "Akte")).toEqual(["akten", "aktenfuehrung"]);
    // An umlaut typed as its bare vowel is forgiven at the level of stems: found, after the exact hits.
    expect(found(db, "aktenfuhrung")).toEqual(["aktenfuehrung"]);
    expect(hitsOf(db, "aktenfuhrung")[0]?.level).toBe(1);
  });

  it("requires every word", () => {
    const db = setUp();
    expect(found(db, "Akten doppelt")).toEqual(["akten"]);
    expect(found(db, "Akten Rathaus")).toEqual([]);
  });

  it("returns the hit with its track and author", () => {
    const db = setUp();
    expect(hitsOf(db, "Schlüsselübergabe bündeln")).toEqual([
      {
        type: "contribution",
        id: "schluesseluebergabe",
        eventId: EVENT,
        trackId: "track-a",
        trackTitle: "Verwaltung",
        kind: "step",
        authorName: "Erika Muster",
        authorOrganisation: "Stadt Musterhausen",
        level: 0,
        highlighted: [
          [
            { text: "Schlüsselübergabe", marked: true },
            { text: " an einer Stelle ", marked: false },
            { text: "bündeln", marked: true },
          ],
        ],
      },
    ]);
  });

  it("ranks the better match first and honours the limit", () => {
    const db = setUp();
    addContribution(db, { id: "viele-akten", text: "Akten, Akten, überall Akten" }, ROWS.length);
    const hits = hitsOf(db, "Akten");
    expect(hits[0]?.id).toBe("viele-akten");
    expect(hits).toHaveLength(3);
    expect(hitsOf(db, "Akten", [EVENT], 2)).toHaveLength(2);
    expect(hitsOf(db, "Akten", [EVENT], 0)).toHaveLength(1);
  });

  it("leaves out deleted contributions and those of other events", () => {
    const db = setUp();
    expect(found(db, "verloren")).toEqual([]);
    expect(found(db, "Landkreis")).toEqual([]);
    expect(found(db, "Landkreis", [OTHER_EVENT])).toEqual(["anderswo"]);
    expect(found(db, "Akten", [EVENT, OTHER_EVENT])).toEqual(["akten", "aktenfuehrung", "anderswo"]);
    expect(found(db, "Akten", [])).toEqual([]);
  });

  it("treats query syntax and SQL as plain words", () => {
    const db = setUp();
    for (const query of ['"', "*", "NEAR(", "-", "'", "()", "   ", "", '"Akten', "Akten*", "Akten NEAR(doppelt"]) {
      expect(() => hitsOf(db, query)).not.toThrow();
    }
    expect(found(db, '"')).toEqual([]);
    expect(found(db, "*")).toEqual([]);
    expect(found(db, "NEAR(")).toEqual([]);
    expect(found(db, "-")).toEqual([]);
    // "OR" is a word, not the operator; short words are matched whole, so it finds nothing here.
    expect(found(db, "OR")).toEqual([]);
    expect(found(db, "Ordnung")).toEqual(["ordnungsamt"]);
    expect(found(db, "Akten OR Rathaus")).toEqual([]);
    expect(found(db, "Akten -doppelt")).toEqual(["akten"]);
    expect(found(db, '"Akten" doppelt*')).toEqual(["akten"]);
    expect(found(db, "'); DROP TABLE contributions; --")).toEqual([]);
    expect(db.select().from(contributions).all()).toHaveLength(ROWS.length);
  });

  it("reads the texts as they are now: an edited or deleted contribution is found by its new text only", () => {
    const db = setUp();
    db.update(contributions)
      .set({ text: "Formulare werden doppelt geführt" })
      .where(eq(contributions.id, "akten"))
      .run();
    db.update(contributions).set({ deletedAt: new Date() }).where(eq(contributions.id, "aktenfuehrung")).run();
    expect(found(db, "Akte")).toEqual([]);
    expect(found(db, "Formulare")).toEqual(["akten"]);
    expect(found(db, "vereinheitlichen")).toEqual([]);
  });

  it("finds Fahrplan entries too, by title, problem and steps", () => {
    const db = setUp();
    db.insert(roadmaps).values({ id: "fahrplan", eventId: EVENT, title: "Fahrplan" }).run();
    db.insert(roadmapSections)
      .values({ id: "abschnitt", roadmapId: "fahrplan", title: "Verwaltung", position: 0 })
      .run();
    db.insert(roadmapEntries)
      .values({
        id: "eintrag",
        roadmapId: "fahrplan",
        sectionId: "abschnitt",
        position: 0,
        title: "Schlüssel zentral verwalten",
        problemStatement: "Niemand weiß, wer welchen Schlüssel hat.",
        steps: ["Ein Schlüsselbuch anlegen"],
        updatedAt: new Date(),
      })
      .run();
    const [entry] = hitsOf(db, "Schlüsselbuch");
    expect(entry).toMatchObject({
      type: "entry",
      id: "eintrag",
      sectionTitle: "Verwaltung",
      title: "Schlüssel zentral verwalten",
    });
    expect(entry?.highlighted).toHaveLength(3);
    expect(found(db, "Schlüssel")).toEqual(["eintrag", "schluesseluebergabe", "schluesselverwaltung"]);
  });
});
