import type { ExportInput } from "../export-input";
import { bookmarkedHeading, container, fullWidth, textBlock } from "./blocks";
import type { Doc, Struct } from "./doc";
import { renderEntry } from "./entry";
import { pdfTexts } from "./labels";
import { COLORS, currentPageIndex, STYLES } from "./layout";

type Section = ExportInput["snapshot"]["sections"][number];

/**
 * One chapter per section with entries, each starting on a new page; sections without entries get no
 * page of their own (text/labels.ts: exportChapters). `emptyLine` lists them once, after the last chapter.
 * Returns the page index where each chapter starts (for the table of contents) and reports the share of
 * entries done after each chapter.
 */
export function renderChapters(
  doc: Doc,
  root: Struct,
  input: ExportInput,
  chapters: Section[],
  progress: (done: number) => void,
): number[] {
  const total = chapters.reduce((sum, section) => sum + section.entries.length, 0);
  const published = input.publishedAt !== null;
  let done = 0;
  return chapters.map((section, index) => {
    const start = renderChapter(doc, root, section, index, {
      includeOrganisations: input.includeOrganisations,
      published,
    });
    done += section.entries.length;
    progress(total === 0 ? 1 : done / total);
    return start;
  });
}

function renderChapter(
  doc: Doc,
  root: Struct,
  section: Section,
  index: number,
  options: { includeOrganisations: boolean; published: boolean },
): number {
  doc.addPage();
  const start = currentPageIndex(doc);
  const chapter = container(doc, root, "Sect");
  const heading = { type: "H1", text: pdfTexts.chapter(index, section.title), style: STYLES.h1 };
  const outline = bookmarkedHeading(doc, chapter, heading, doc.outline);
  doc.y += 6;
  for (const entry of section.entries) renderEntry(doc, chapter, entry, { ...options, outline });
  chapter.end();
  return start;
}

/** "Ohne Einträge in dieser Fassung: …", after the last chapter (or, with none, atop the next page). */
export function renderEmptySectionsLine(doc: Doc, root: Struct, line: string, afterChapters: boolean): void {
  if (!afterChapters) doc.addPage();
  textBlock(doc, root, "P", line, { ...STYLES.body, color: COLORS.muted }, fullWidth(doc));
}
