import { deFahrplan } from "../../../shared/i18n/de-fahrplan";
import { type ExportEntry, type ExportSource, entryLabels, sourceMeta } from "../text/labels";
import { bookmarkedHeading, container, factsTable, fullWidth, heading, list, textBlock } from "./blocks";
import type { Doc, Struct } from "./doc";
import { pdfTexts } from "./labels";
import { GAP, STYLES } from "./layout";

const t = deFahrplan.public;

/**
 * One entry as a Sect: its title (H2, bookmarked under the chapter), its facts as a table, then problem
 * statement, steps and sources, each under an H3 and only when there is something to show.
 */
export function renderEntry(
  doc: Doc,
  chapter: Struct,
  entry: ExportEntry,
  options: { includeOrganisations: boolean; outline: PDFKit.PDFOutline },
): void {
  const section = container(doc, chapter, "Sect");
  // Keeps the title with its facts table (five short rows).
  bookmarkedHeading(
    doc,
    section,
    { type: "H2", text: entry.title, style: STYLES.h2, keepWithNext: 80 },
    options.outline,
  );
  factsTable(doc, section, factRows(entry));
  if (entry.problemStatement.trim() !== "") {
    heading(doc, section, "H3", t.problem, STYLES.h3);
    textBlock(doc, section, "P", entry.problemStatement, STYLES.body, fullWidth(doc));
  }
  if (entry.steps.length > 0) {
    heading(doc, section, "H3", t.steps, STYLES.h3);
    list(doc, section, entry.steps, (index) => `${index + 1}.`);
  }
  if (entry.sources.length > 0) {
    heading(doc, section, "H3", t.sources, STYLES.h3);
    const items = entry.sources.map((source) => sourceItem(source, options.includeOrganisations));
    list(doc, section, items, () => "•");
  }
  section.end();
  doc.y += GAP.afterEntry;
}

/** The facts in the order of the public page, with the editor's field names as row headers. */
function factRows(entry: ExportEntry): [string, string][] {
  const labels = entryLabels(entry);
  const fields = deFahrplan.entry;
  return [
    [fields.responsibleParty, labels.responsible],
    [fields.timeHorizon, labels.horizon],
    [fields.priority, labels.priority],
    [fields.status, labels.status],
    [pdfTexts.votes, String(entry.votes)],
  ];
}

/** "Workshop · Problemfeld · Organisation: …: text", as in the Markdown export. */
function sourceItem(source: ExportSource, includeOrganisations: boolean): string {
  return `${sourceMeta(source, includeOrganisations).join(" · ")}: ${source.text}`;
}
