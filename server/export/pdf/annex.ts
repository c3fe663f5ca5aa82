import type { ExportAnnex } from "../text/labels";
import { bookmarkedHeading, container, fullWidth, list, textBlock } from "./blocks";
import type { Doc, Struct } from "./doc";
import { currentPageIndex, STYLES } from "./layout";

/** The label column of the annex list: wide enough for "B999". */
const REF_WIDTH = 34;

/**
 * The traceability annex after the chapters: on a new page, its intro and summary, then per workshop
 * (H2, bookmarked) a list whose labels are the contributions' numbers and whose items say kind, text and
 * fate. Returns its first page index, for the table of contents.
 */
export function renderAnnex(doc: Doc, root: Struct, annex: ExportAnnex): number {
  doc.addPage();
  const start = currentPageIndex(doc);
  const element = container(doc, root, "Sect");
  const outline = bookmarkedHeading(doc, element, { type: "H1", text: annex.heading, style: STYLES.h1 }, doc.outline);
  doc.y += 6;
  for (const line of annex.lead) textBlock(doc, element, "P", line, STYLES.body, fullWidth(doc));
  for (const group of annex.groups) {
    bookmarkedHeading(doc, element, { type: "H2", text: group.track, style: STYLES.h2, keepWithNext: 60 }, outline);
    const items = group.items.map((item) => `${item.meta}: ${item.text}\n${item.fate}`);
    list(doc, element, items, (index) => group.items[index]?.ref ?? "", REF_WIDTH);
    doc.y += 6;
  }
  element.end();
  return start;
}
