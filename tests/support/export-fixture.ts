import type { ExportInput } from "../../server/export/export-input";
import type { AnnexFate, AnnexItem } from "../../shared/fassung";
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
 * `javascript:` link (which must come out as inert text, never as markup or a link). The annex holds
 * every source as adopted (with the entry's other source), and one contribution each rejected with a
 * reason, marked duplicate and left open. A published fixture carries a title and a note.
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
      annex: fixtureAnnex(sections.flatMap((section) => section.entries)),
      ...(options.draft
        ? {}
        : {
            publication: {
              title: "Ergebnis des Kongresses",
              note: "beschlossen im Abschlussplenum am 7. November 2018",
              emptySections: "list" as const,
            },
          }),
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

/** The reason of the fixture's rejected contribution, to find it in every format. */
export const FIXTURE_REJECTION_REASON = "Zuständigkeit liegt beim Bund; nicht Gegenstand des Landesfahrplans.";
export const FIXTURE_REJECTED_TEXT = "Eine eigene Thüringer Cloud für alle Kommunen bauen.";

/** Every source of every entry as adopted, then one rejected, one duplicate and one open, in track order. */
function fixtureAnnex(entries: ReturnType<typeof entryNumber>[]): AnnexItem[] {
  type Draft = Omit<AnnexItem, "ref" | "fate"> & { entryId?: string; entryTitle?: string; fate?: AnnexFate };
  const drafts: Draft[] = entries.flatMap((entry) =>
    entry.sources.map((source) => ({
      ...source,
      kind: source.kind as "problem" | "step",
      entryId: entry.id,
      entryTitle: entry.title,
    })),
  );
  const track = SECTION_TITLES[0] ?? "";
  drafts.push(
    {
      track,
      kind: "step",
      text: FIXTURE_REJECTED_TEXT,
      authorOrganisation: "Landkreis Gotha",
      fate: { kind: "rejected", reason: FIXTURE_REJECTION_REASON },
    },
    {
      track,
      kind: "problem",
      text: "Papierakten bremsen.",
      authorOrganisation: null,
      fate: { kind: "duplicate", of: "B1" },
    },
    { track, kind: "problem", text: "Wer pflegt die Formulare?", authorOrganisation: null, fate: { kind: "open" } },
  );
  const ordered = drafts
    .map((draft, index) => ({ draft, index }))
    .sort((a, b) => SECTION_TITLES.indexOf(a.draft.track) - SECTION_TITLES.indexOf(b.draft.track) || a.index - b.index)
    .map(({ draft }, index) => ({ ...draft, ref: `B${index + 1}` }));
  return ordered.map(({ entryId, entryTitle, fate, ...item }) => ({
    ...item,
    fate: fate ?? {
      kind: "adopted",
      entryId: entryId ?? "",
      entryTitle: entryTitle ?? "",
      mergedWith: ordered
        .filter((other) => other.entryId === entryId && other.ref !== item.ref)
        .map((other) => other.ref),
    },
  }));
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
    // The closing plenary's result on every second entry (a Fassung published after a plenary).
    ...(n % 2 === 0 ? { plenary: { consent: 20 + n, concern: n % 3, onEarlierWording: n % 2 } } : {}),
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

/** The workshops of the fixture's annex, in order: one heading each in every export. */
export function annexTracks(input: ExportInput): string[] {
  return [...new Set((input.snapshot.annex ?? []).map((item) => item.track))];
}
