import { deFahrplan } from "../../../shared/i18n/de-fahrplan";
import { type ExportEntry, type ExportSource, entryLabels, sourceMeta } from "../text/labels";
import {
  bookmarkedHeading,
  container,
  factsTable,
  factsTableHeight,
  fullWidth,
  heading,
  headingHeight,
  list,
  listHeight,
  listItemHeight,
  textBlock,
  textBlockHeight,
} from "./blocks";
import type { Doc, Struct } from "./doc";
import { pdfTexts } from "./labels";
import { ensureSpace, GAP, pageBodyHeight, STYLES } from "./layout";

const t = deFahrplan.public;

interface EntryOptions {
  includeOrganisations: boolean;
  /** In a published Fassung the status says how far an entry is implemented ("geplant", not "Entwurf"). */
  published: boolean;
  outline: PDFKit.PDFOutline;
}

/**
 * One entry as a Sect: its title (H2, bookmarked under the chapter), its facts as a table, then problem
 * statement, steps and sources, each under an H3 and only when there is something to show.
 *
 * An entry that fits on a page is never split: when it does not fit on the rest of this one, it starts on
 * the next (so no page holds only the end of an entry, such as its list of sources). A longer entry is
 * split, but no H3 is left at the foot of a page without the first line of what it heads.
 */
export function renderEntry(doc: Doc, chapter: Struct, entry: ExportEntry, options: EntryOptions): void {
  const parts = partsOf(entry, options);
  const { rows, problem, steps, sources } = parts;
  const height = entryHeight(doc, entry.title, parts);
  if (height <= pageBodyHeight(doc)) ensureSpace(doc, height);
  const section = container(doc, chapter, "Sect");
  // Keeps the title with its facts table (five short rows).
  bookmarkedHeading(
    doc,
    section,
    { type: "H2", text: entry.title, style: STYLES.h2, keepWithNext: 80 },
    options.outline,
  );
  factsTable(doc, section, rows);
  if (problem) {
    heading(
      doc,
      section,
      "H3",
      t.problem,
      STYLES.h3,
      Math.min(3 * STYLES.body.size, textBlockHeight(doc, problem, STYLES.body)),
    );
    textBlock(doc, section, "P", problem, STYLES.body, fullWidth(doc));
  }
  if (steps.length > 0) {
    heading(doc, section, "H3", t.steps, STYLES.h3, listItemHeight(doc, steps[0] as string));
    list(doc, section, steps, (index) => `${index + 1}.`);
  }
  if (sources.length > 0) {
    heading(doc, section, "H3", t.sources, STYLES.h3, listItemHeight(doc, sources[0] as string));
    list(doc, section, sources, () => "•");
  }
  section.end();
  doc.y += GAP.afterEntry;
}

/** How tall the entry comes out when drawn in one piece, measured with the same parts it is drawn from. */
function entryHeight(doc: Doc, title: string, parts: EntryParts): number {
  const { rows, problem, steps, sources } = parts;
  let height = headingHeight(doc, title, STYLES.h2) + factsTableHeight(doc, rows);
  if (problem) height += headingHeight(doc, t.problem, STYLES.h3) + textBlockHeight(doc, problem, STYLES.body);
  if (steps.length > 0) height += headingHeight(doc, t.steps, STYLES.h3) + listHeight(doc, steps);
  if (sources.length > 0) height += headingHeight(doc, t.sources, STYLES.h3) + listHeight(doc, sources);
  return height;
}

type EntryParts = ReturnType<typeof partsOf>;

function partsOf(entry: ExportEntry, options: EntryOptions) {
  return {
    rows: factRows(entry, options.published),
    problem: entry.problemStatement.trim() === "" ? null : entry.problemStatement,
    steps: entry.steps,
    sources: entry.sources.map((source) => sourceItem(source, options.includeOrganisations)),
  };
}

/** The facts in the order of the public page, with the editor's field names as row headers. */
function factRows(entry: ExportEntry, published: boolean): [string, string][] {
  const labels = entryLabels(entry, published);
  const fields = deFahrplan.entry;
  return [
    [fields.responsibleParty, labels.responsible],
    [fields.timeHorizon, labels.horizon],
    [fields.priority, labels.priority],
    [fields.status, labels.status],
    [pdfTexts.votes, String(entry.votes)],
    // The closing plenary's result beside the votes (ADR 020), when the Fassung has one.
    ...(entry.plenary ? [[pdfTexts.plenary, pdfTexts.plenaryResult(entry.plenary)] as [string, string]] : []),
  ];
}

/** "Workshop · Problemfeld · Organisation: …: text", as in the Markdown export. */
function sourceItem(source: ExportSource, includeOrganisations: boolean): string {
  return `${sourceMeta(source, includeOrganisations).join(" · ")}: ${source.text}`;
}
