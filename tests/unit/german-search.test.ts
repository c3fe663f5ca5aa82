import { mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type AppDatabase, openDatabase } from "../../db/client";
import { contributions, events, tracks } from "../../db/schema";
import { splitCompound } from "../../server/search/compounds";
import { Glossaries, type Glossary } from "../../server/search/glossary";
import { search } from "../../server/search/search";

/**
 * The German that moderators search (issue #16): each case of the language on a few contributions in the
 * words of the congress, through the same search the page uses.
 */

const EVENT = "kongress";
const TEXTS: Record<string, string> = {
  nutzerkonto: "Das Nutzerkonto des Bundes und das Servicekonto Thüringen sind für Bürger nicht verknüpft.",
  registrieren:
    "Bürgerinnen und Bürger müssen sich für jede Behörde neu registrieren; ein einheitliches Nutzerkonto fehlt.",
  buergerservicekonto: "Das Bürgerservicekonto mit dem Nutzerkonto Bund verbinden.",
  konto: "Ein Servicekonto für Bürger und Unternehmen anbieten.",
  medienbrueche: "Medienbrüche zwischen E-Akte und Fachverfahren kosten täglich Zeit.",
  rechenzentren: "Die Rechenzentren der Kommunen sind unterschiedlich gut gesichert.",
  rz: "Rechenzentrumsleistungen für Kommunen bündeln.",
  schriftform: "Das Schriftformerfordernis verhindert Online-Anträge.",
  gesetz: "Das Online-Zugangsgesetz verlangt bis 2022 alle Leistungen online.",
  ozg: "Musterlösungen anderer Länder für OZG-Leistungen nachnutzen.",
  ausweis: "Kaum jemand nutzt die Online-Ausweisfunktion des Personalausweises.",
  ki: "Ein KI-Labor des Landes einrichten.",
  kinder: "Kinder und Jugendliche früh beteiligen.",
  intelligenz: "Künstliche Intelligenz wird in den Verwaltungen kaum erprobt.",
  epaybl: "Die Bezahlkomponente e-PayBL ist kaum eingebunden.",
  fachkraefte: "In den Kommunen fehlen IT-Fachkräfte.",
  personalmangel: "Personalmangel in der IT: Stellen bleiben unbesetzt.",
  fortbildung: "Mitarbeiterinnen und Mitarbeiter erhalten kaum Fortbildungen.",
  schulung: "Schulungen zur E-Akte anbieten.",
  zuschuesse: "Eine Beratungsstelle für Zuschüsse einrichten.",
  gendersternchen: "Die Bürger*innen wünschen einen Termin online.",
};

function databaseWith(texts: Record<string, string>): AppDatabase {
  const db = openDatabase(":memory:");
  db.insert(events)
    .values({ id: EVENT, slug: "kongress", title: "Kongress", startsOn: "2018-11-07", venue: "Erfurt" })
    .run();
  db.insert(tracks).values({ id: "t", eventId: EVENT, slug: "ozg", position: 1, title: "OZG", subtopics: [] }).run();
  Object.entries(texts).forEach(([id, text], position) => {
    db.insert(contributions)
      .values({ id, eventId: EVENT, trackId: "t", kind: "problem", text, position, updatedAt: new Date() })
      .run();
  });
  return db;
}

const db = databaseWith(TEXTS);
const builtIn = new Glossaries(null).forEvent(EVENT);
const directory = mkdtempSync(join(tmpdir(), "fahrplan-glossar-"));
afterAll(() => {
  db.$client.close();
  rmSync(directory, { recursive: true, force: true });
});

function hits(query: string, glossary: Glossary = builtIn) {
  return search(db, { eventIds: [EVENT], query, glossaryOf: () => glossary });
}

function found(query: string, glossary?: Glossary): string[] {
  return hits(query, glossary)
    .map((hit) => hit.id)
    .sort();
}

describe("inflection", () => {
  it("meets the forms of a word in one stem, for the index and the query alike", () => {
    expect(found("Nutzerkonten")).toEqual(["buergerservicekonto", "nutzerkonto", "registrieren"]);
    expect(found("Medienbruch")).toEqual(["medienbrueche"]);
    expect(found("Rechenzentrum")).toContain("rechenzentren");
    expect(found("fehlende Fachkräfte")).toContain("fachkraefte");
  });
});

describe("compounds", () => {
  it("finds a word as part of a compound", () => {
    expect(found("Servicekonto")).toEqual(["buergerservicekonto", "konto", "nutzerkonto"]);
    expect(found("Schriftform")).toEqual(["schriftform"]);
    expect(found("Rechenzentrum")).toEqual(["rechenzentren", "rz"]);
    expect(found("Akte")).toEqual(["medienbrueche", "schulung"]);
  });

  it("finds a compound's parts standing apart in a phrase", () => {
    // "Servicekonto für Bürger", "Servicekonto Thüringen sind für Bürger": the parts close together.
    expect(found("Bürgerservicekonto")).toEqual(["buergerservicekonto", "konto", "nutzerkonto"]);
    expect(found("Bürgerkonto")).toEqual(["buergerservicekonto", "konto", "nutzerkonto"]);
  });

  it("splits with the dictionary and leaves words with a prefix whole", () => {
    expect(splitCompound("buergerservicekonto")).toEqual(["buerger", "service", "konto"]);
    expect(splitCompound("rechenzentrumsleistungen")).toEqual(["rechen", "zentrum", "leistung"]);
    expect(splitCompound("landesverwaltung")).toEqual(["landes", "verwaltung"]);
    expect(splitCompound("ausweis")).toBeNull();
    expect(splitCompound("vorgang")).toBeNull();
    expect(splitCompound("verwaltung")).toBeNull();
  });
});

describe("gender forms", () => {
  it("finds Bürger for every way of writing Bürgerinnen, and the other way round", () => {
    for (const query of ["Bürgerinnen", "Bürger*innen", "BürgerInnen", "Bürger:innen", "Bürger_innen", "Bürger"]) {
      expect(found(query), query).toEqual(
        expect.arrayContaining(["nutzerkonto", "registrieren", "konto", "gendersternchen"]),
      );
    }
    expect(found("Mitarbeiter")).toEqual(["fortbildung"]);
    expect(found("Bürger:innen registrieren")).toEqual(["registrieren"]);
  });
});

describe("umlauts", () => {
  it("finds umlauts spelt out, and the issue's example with both at once", () => {
    expect(found("Medienbrueche")).toEqual(["medienbrueche"]);
    expect(found("Zuschuesse")).toEqual(["zuschuesse"]);
    // The Bürgerservicekonto too: "Bürger" is a part of it.
    expect(found("Nutzerkonten buergerinnen")).toEqual(["buergerservicekonto", "nutzerkonto", "registrieren"]);
  });
});

describe("abbreviations", () => {
  it("finds the long form for the abbreviation and the other way round, after the literal hits", () => {
    expect(hits("OZG").map((hit) => [hit.id, hit.level])).toEqual([
      ["ozg", 0],
      ["gesetz", 2],
    ]);
    expect(found("Onlinezugangsgesetz")).toEqual(["gesetz", "ozg"]);
    expect(found("eID")).toEqual(["ausweis"]);
    expect(found("ePayBL")).toEqual(["epaybl"]);
  });

  it("reads a glossary term of several words in the query, and a short word only whole", () => {
    expect(found("künstliche Intelligenz")).toEqual(["intelligenz", "ki"]);
    expect(found("KI")).toEqual(["intelligenz", "ki"]);
    expect(found("KI")).not.toContain("kinder");
  });

  it("takes an event's own glossary file, and reads it again when it changes", () => {
    const glossaries = new Glossaries(directory);
    expect(found("Termin", glossaries.forEvent("kongress"))).toEqual(["gendersternchen"]);
    expect(found("Verabredung", glossaries.forEvent("kongress"))).toEqual([]);
    const file = join(directory, "kongress.txt");
    writeFileSync(file, "# Wörter dieser Veranstaltung\nTermin = Verabredung\n");
    expect(found("Verabredung", glossaries.forEvent("kongress"))).toEqual(["gendersternchen"]);
    writeFileSync(file, "Termin = Sprechstunde\n");
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    expect(found("Verabredung", glossaries.forEvent("kongress"))).toEqual([]);
    expect(found("Sprechstunde", glossaries.forEvent("kongress"))).toEqual(["gendersternchen"]);
    // Another event's file, or a name that is no slug, is never read.
    expect(found("Sprechstunde", glossaries.forEvent("anderer"))).toEqual([]);
    expect(found("Sprechstunde", glossaries.forEvent("../kongress"))).toEqual([]);
  });
});

describe("synonyms", () => {
  it("finds the field's synonyms, ranked below what the query's own words find", () => {
    expect(hits("Personalmangel").map((hit) => [hit.id, hit.level])).toEqual([
      ["personalmangel", 0],
      ["fachkraefte", 2],
    ]);
    expect(found("Schulung")).toEqual(["fortbildung", "schulung"]);
    expect(found("Fortbildung")).toEqual(["fortbildung", "schulung"]);
    expect(found("Fördermittel")).toEqual(["zuschuesse"]);
  });
});

describe("hostile queries", () => {
  it("treats search syntax as spaces and stays harmless for long pastes and odd characters", () => {
    for (const query of ['"', "*", "NEAR(Akte, 3)", "Akte OR Konto", "-Konto", "'; DROP TABLE contributions; --"]) {
      expect(() => hits(query)).not.toThrow();
    }
    expect(found('"Nutzerkonto"*')).toEqual(found("Nutzerkonto"));
    expect(found("NEAR(")).toEqual([]);
    // A paragraph pasted from a report: only its first twenty words are looked for, and they are all in the
    // contribution it was copied from; the rest (other words, here) could never all be in one contribution.
    const report =
      "Landesweit fehlen einheitliche Standards, verbindliche Schnittstellen, gemeinsame Basisdienste, " +
      "abgestimmte Zuständigkeiten, ausreichende Haushaltsmittel, qualifiziertes Fachpersonal, moderne " +
      "Arbeitsplätze, belastbare Netze, sichere Rechenzentren, offene Formate, klare Regeln, schnelle " +
      "Verfahren, digitale Akten, elektronische Rechnungen, barrierefreie Portale, verständliche Formulare.";
    const local = databaseWith({ report });
    const paste = `${report} ${"Blumenwiese Sonnenuntergang Kaffeemaschine ".repeat(60)}`.slice(0, 2_000);
    expect(paste).toHaveLength(2_000);
    expect(search(local, { eventIds: [EVENT], query: paste, glossaryOf: () => [] }).map((hit) => hit.id)).toEqual([
      "report",
    ]);
    local.$client.close();
    expect(found("\u0000\u202e\ud800 🙂 \u200b")).toEqual([]);
    expect(db.select().from(contributions).all()).toHaveLength(Object.keys(TEXTS).length);
  });

  it("returns the matching words as pieces of plain text, markup and all", () => {
    const local = databaseWith({ markup: "<script>alert(1)</script> Nutzerkonto & Co" });
    const [hit] = search(local, { eventIds: [EVENT], query: "Nutzerkonto", glossaryOf: () => [] });
    expect(hit?.highlighted).toEqual([
      [
        { text: "<script>alert(1)</script> ", marked: false },
        { text: "Nutzerkonto", marked: true },
        { text: " & Co", marked: false },
      ],
    ]);
    local.$client.close();
  });
});
