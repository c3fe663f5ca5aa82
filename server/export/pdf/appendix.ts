import { deFahrplan } from "../../../shared/i18n/de-fahrplan";
import type { ExportInput } from "../export-input";
import { exportTexts } from "../text/labels";
import { bookmarkedHeading, container, fullWidth, list, textBlock } from "./blocks";
import type { Doc, Struct } from "./doc";
import { currentPageIndex, STYLES } from "./layout";

/** The appendix: the event's tracks (workshops) with their subtopics. Returns its first page index. */
export function renderAppendix(doc: Doc, root: Struct, tracks: ExportInput["tracks"]): number {
  doc.addPage();
  const start = currentPageIndex(doc);
  const appendix = container(doc, root, "Sect");
  const outline = bookmarkedHeading(
    doc,
    appendix,
    { type: "H1", text: exportTexts.appendix, style: STYLES.h1 },
    doc.outline,
  );
  doc.y += 6;
  if (tracks.length === 0) textBlock(doc, appendix, "P", deFahrplan.compare.none, STYLES.body, fullWidth(doc));
  for (const track of tracks) {
    bookmarkedHeading(doc, appendix, { type: "H2", text: track.title, style: STYLES.h2 }, outline);
    subtopics(doc, appendix, track.subtopics);
    doc.y += 6;
  }
  appendix.end();
  return start;
}

function subtopics(doc: Doc, parent: Struct, items: string[]): void {
  if (items.length === 0) textBlock(doc, parent, "P", exportTexts.noSubtopics, STYLES.body, fullWidth(doc));
  else list(doc, parent, items, () => "•");
}
