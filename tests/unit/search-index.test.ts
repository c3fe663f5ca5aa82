import { afterEach, describe, expect, it } from "vitest";
import { type AppDatabase, openDatabase } from "../../db/client";
import { contributions, events, tracks } from "../../db/schema";
import {
  foldGerman,
  indexContribution,
  searchContributions,
  unindexContribution,
} from "../../server/contributions/search-index";

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
  // Indexed inside a transaction through its handle, as the extraction of the read model does it.
  db.transaction((tx) => {
    ROWS.forEach((row, position) => {
      addContribution(tx, row, position);
    });
  });
  return db;
}

function addContribution(db: Pick<AppDatabase, "insert" | "run">, row: Row, position: number): void {
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
  indexContribution(db, { id: row.id, eventId, text: row.text });
}

function found(db: AppDatabase, query: string, eventIds: string[] = [EVENT]): string[] {
  return searchContributions(db, { eventIds, query })
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

describe("searchContributions", () => {
  it("finds umlauts and their spelt-out forms both ways", () => {
    const db = setUp();
    expect(found(db, "Schlüssel")).toEqual(["schluesseluebergabe", "schluesselverwaltung"]);
    expect(found(db, "schluessel")).toEqual(["schluesseluebergabe", "schluesselverwaltung"]);
    expect(found(db, "Schlüsselübergabe")).toEqual(["schluesseluebergabe"]);
    expect(found(db, "Straße")).toEqual(["strasse"]);
    expect(found(db, "buergeramt")).toEqual(["strasse"]);
  });

  it("finds inflected forms and compounds by prefix", () => {
    const db = setUp();
    expect(found(db, "Akte")).toEqual(["akten", "aktenfuehrung"]);
    expect(found(db, "aktenfuhrung")).toEqual([]);
  });

  it("requires every word", () => {
    const db = setUp();
    expect(found(db, "Akten doppelt")).toEqual(["akten"]);
    expect(found(db, "Akten Rathaus")).toEqual([]);
  });

  it("returns the hit with its track and author", () => {
    const db = setUp();
    expect(searchContributions(db, { eventIds: [EVENT], query: "übergabe bündeln" })).toEqual([]);
    expect(searchContributions(db, { eventIds: [EVENT], query: "Schlüsselübergabe bündeln" })).toEqual([
      {
        id: "schluesseluebergabe",
        trackId: "track-a",
        trackTitle: "Verwaltung",
        kind: "step",
        text: "Schlüsselübergabe an einer Stelle bündeln",
        authorName: "Erika Muster",
        authorOrganisation: "Stadt Musterhausen",
      },
    ]);
  });

  it("ranks the better match first and honours the limit", () => {
    const db = setUp();
    addContribution(db, { id: "viele-akten", text: "Akten, Akten, überall Akten" }, ROWS.length);
    const hits = searchContributions(db, { eventIds: [EVENT], query: "Akten" });
    expect(hits[0]?.id).toBe("viele-akten");
    expect(hits).toHaveLength(3);
    expect(searchContributions(db, { eventIds: [EVENT], query: "Akten", limit: 2 })).toHaveLength(2);
    expect(searchContributions(db, { eventIds: [EVENT], query: "Akten", limit: 0 })).toHaveLength(1);
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
      expect(() => searchContributions(db, { eventIds: [EVENT], query })).not.toThrow();
    }
    expect(found(db, '"')).toEqual([]);
    expect(found(db, "*")).toEqual([]);
    expect(found(db, "NEAR(")).toEqual([]);
    expect(found(db, "-")).toEqual([]);
    // "OR" is a word, not the operator: it finds words starting with "or", not everything.
    expect(found(db, "OR")).toEqual(["ordnungsamt"]);
    expect(found(db, "Akten OR Rathaus")).toEqual([]);
    expect(found(db, "Akten -doppelt")).toEqual(["akten"]);
    expect(found(db, '"Akten" doppelt*')).toEqual(["akten"]);
    expect(found(db, "'); DROP TABLE contributions; --")).toEqual([]);
    expect(db.select().from(contributions).all()).toHaveLength(ROWS.length);
  });

  it("follows edits and removals of the index", () => {
    const db = setUp();
    indexContribution(db, { id: "akten", eventId: EVENT, text: "Formulare werden doppelt geführt" });
    expect(found(db, "Akten")).toEqual(["aktenfuehrung"]);
    expect(found(db, "Formulare")).toEqual(["akten"]);

    unindexContribution(db, "aktenfuehrung");
    expect(found(db, "Akte")).toEqual([]);
    expect(found(db, "vereinheitlichen")).toEqual([]);
    expect(db.$client.prepare("SELECT count(*) AS n FROM contributions_search").get()).toEqual({
      n: ROWS.length - 1,
    });
  });
});
