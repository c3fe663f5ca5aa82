import { deFahrplan } from "../../../shared/i18n/de-fahrplan";
import type { ExportInput } from "../export-input";
import { bookmarkedHeading, container, fullWidth, textBlock } from "./blocks";
import type { Doc, Struct } from "./doc";
import { renderEntry } from "./entry";
import { pdfTexts } from "./labels";
import { currentPageIndex, STYLES } from "./layout";

type Section = ExportInput["snapshot"]["sections"][number];

/**
 * One chapter per section, each starting on a new page. Returns the page index where each chapter starts
 * (for the table of contents) and reports the share of entries done after each chapter.
 */
export function renderChapters(doc: Doc, root: Struct, input: ExportInput, progress: (done: number) => void): number[] {
  const total = input.snapshot.sections.reduce((sum, section) => sum + section.entries.length, 0);
  let done = 0;
  return input.snapshot.sections.map((section, index) => {
    const start = renderChapter(doc, root, section, index, input.includeOrganisations);
    done += section.entries.length;
    progress(total === 0 ? 1 : done / total);
    return start;
  });
}

function renderChapter(doc: Doc, root: Struct, section: Section, index: number, includeOrganisations: boolean): number {
  doc.addPage();
  const start = currentPageIndex(doc);
  const chapter = container(doc, root, "Sect");
  const heading = { type: "H1", text: pdfTexts.chapter(index, section.title), style: STYLES.h1 };
  const outline = bookmarkedHeading(doc, chapter, heading, doc.outline);
  doc.y += 6;
  if (section.entries.length === 0) {
    textBlock(doc, chapter, "P", deFahrplan.public.noEntries, STYLES.body, fullWidth(doc));
  }
  for (const entry of section.entries) renderEntry(doc, chapter, entry, { includeOrganisations, outline });
  chapter.end();
  return start;
}
