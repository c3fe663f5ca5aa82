import type { ExportInput } from "../../server/export/export-input";
import { deFahrplan, horizonLabel, labelOf, responsibleLabel } from "../../shared/i18n/de-fahrplan";

const SECTION_TITLES = [
  "Umsetzung des Online-Zugangsgesetzes (OZG)",
  "Digitalisierung interner Verwaltungsabläufe",
  "IT-Infrastruktur – Hardware und Basisdienste",
  "Gesetz und Regelungen",
  "Smart Government – Innovative Ansätze",
];

/**
 * A Fahrplan to export in tests: `entryCount` entries over five sections, with umlauts, ß, German quotes
 * and dashes, one 2,000-character problem statement, and one entry carrying `<script>` and a
 * `javascript:` link (which must come out as inert text, never as markup or a link).
 */
export function exportFixture(entryCount = 60, options: { draft?: boolean } = {}): ExportInput {
  const sections = SECTION_TITLES.map((title, sectionIndex) => ({
    title,
    entries: Array.from({ length: Math.ceil(entryCount / 5) }, (_, i) => sectionIndex * Math.ceil(entryCount / 5) + i)
      .filter((n) => n < entryCount)
      .map((n) => entryNumber(n)),
  }));
  return {
    snapshot: {
      title: "Fahrplan für das Thüringer E-Government",
      event: { title: "1. Thüringer E-Government-Kongress", startsOn: "2018-11-07", venue: "Arena Erfurt" },
      sections,
    },
    tracks: SECTION_TITLES.map((title) => ({
      title,
      subtopics: ["Elektronische Akte", "Straßenverkehrsbehörde – Übergänge"],
    })),
    versionLabel: options.draft ? "Entwurf" : "Fassung 1.0",
    publishedAt: options.draft ? null : "2018-11-07T16:30:00.000Z",
    contentHash: options.draft ? null : "a".repeat(64),
    includeOrganisations: true,
    generatedAt: "2018-11-08T09:00:00.000Z",
  };
}

/** The title of entry n as the fixture makes it (to check order in exports). */
export function fixtureEntryTitle(n: number): string {
  return `Eintrag ${String(n + 1).padStart(2, "0")}: Größere Übersicht für „Bürgerdienste“ – Maßnahme ${n + 1}`;
}

function entryNumber(n: number) {
  const long = n === 7;
  const hostile = n === 11;
  return {
    id: `entry-${n}`,
    title: fixtureEntryTitle(n),
    problemStatement: long
      ? `Ausführliche Problembeschreibung: ${"Die Übergabe zwischen Ämtern dauert zu lange, weil Akten noch auf Papier geführt werden. ".repeat(23).slice(0, 2000)}`
      : hostile
        ? `<script>alert("x")</script> Siehe javascript:alert(1) und [Link](javascript:alert(2)) sowie https://example.org/ok`
        : `Bürgerinnen und Bürger müssen für „einfache“ Anträge noch persönlich erscheinen (Fall ${n + 1}).`,
    steps: [`Schritt eins für ${n + 1}: Prozesse aufnehmen`, "Schritt zwei: Schnittstellen – XÖV – definieren"],
    responsibleParty:
      n % 5 === 4 ? "other" : ((["land", "kommunen", "land_und_kommunen", "bund"] as const)[n % 4] ?? null),
    responsibleOther: n % 5 === 4 ? "Zweckverband Digitale Kommunen" : null,
    timeHorizon: (["short", "medium", "long", "quarter"] as const)[n % 4] ?? null,
    targetQuarter: n % 4 === 3 ? "2019-Q3" : null,
    priority: (["high", "medium", "low"] as const)[n % 3] ?? null,
    status: "agreed",
    votes: n % 9,
    sources: [
      {
        track: SECTION_TITLES[n % 5] ?? "",
        kind: "problem",
        text: `Quelle zu ${n + 1}: Papierakten`,
        authorOrganisation: "Stadt Erfurt",
      },
      {
        track: SECTION_TITLES[(n + 1) % 5] ?? "",
        kind: "step",
        text: "Gemeinsame Plattform nutzen",
        authorOrganisation: null,
      },
    ],
  };
}

/** How many entries the export tests put into the fixture, and which one carries the hostile markup. */
export const FIXTURE_ENTRY_COUNT = 60;
export const FIXTURE_HOSTILE_INDEX = 11;

export type FixtureEntry = ExportInput["snapshot"]["sections"][number]["entries"][number];

export function allEntries(input: ExportInput): FixtureEntry[] {
  return input.snapshot.sections.flatMap((section) => section.entries);
}

/** The German labels every format has to show for an entry, worked out from the i18n catalogue directly. */
export function germanLabels(entry: FixtureEntry): string[] {
  const fields = deFahrplan.fields;
  return [
    responsibleLabel(entry.responsibleParty, entry.responsibleOther),
    horizonLabel(entry.timeHorizon, entry.targetQuarter),
    labelOf(fields.priorities, entry.priority),
    labelOf(fields.statuses, entry.status),
  ];
}
