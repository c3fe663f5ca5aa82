import { exportTexts } from "../text/labels";
import { artifact, bookmarkedHeading, container, fullWidth } from "./blocks";
import type { Doc, Struct } from "./doc";
import { drawText } from "./draw-text";
import { pdfTexts } from "./labels";
import { applyStyle, COLORS, currentPageIndex, measure, STYLES, withoutPageBreaks } from "./layout";
import { plain } from "./text";

/** Width of the page-number column at the right of each line. */
const NUMBER_WIDTH = 36;
const LINE_GAP = 6;

/** A line of the table of contents and where it goes: page index and top. */
interface PlacedLine {
  label: string;
  page: number;
  y: number;
}

export interface TocReservation {
  element: Struct;
  lines: PlacedLine[];
}

/**
 * Writes the heading of the table of contents on the current (fresh) page and reserves the pages its lines
 * need, leaving the lines blank: their page numbers are known only after the body is laid out. The lines'
 * wrapping does not depend on the numbers (they sit in a column of their own), so the space measured here is
 * exactly the space filled later, and the chapters start where the body put them. The TOC element enters
 * the structure tree now, so that it is read before the chapters although it is filled after them.
 */
export function reserveToc(doc: Doc, root: Struct, labels: string[]): TocReservation {
  const firstPage = currentPageIndex(doc);
  bookmarkedHeading(doc, root, { type: "H1", text: exportTexts.contents, style: STYLES.h1 }, doc.outline);
  doc.y += 8;
  const element = container(doc, root, "TOC");
  const lines = placeLines(doc, labels, firstPage);
  const lastPage = lines.at(-1)?.page ?? firstPage;
  for (let page = firstPage; page < lastPage; page++) doc.addPage();
  return { element, lines };
}

function placeLines(doc: Doc, labels: string[], firstPage: number): PlacedLine[] {
  const bottom = doc.page.maxY();
  let page = firstPage;
  let y = doc.y;
  return labels.map((label) => {
    const height = measure(doc, STYLES.toc, plain(label), titleWidth(doc)) + LINE_GAP;
    if (y + height > bottom) {
      page += 1;
      y = doc.page.margins.top;
    }
    const placed = { label, page, y };
    y += height;
    return placed;
  });
}

function titleWidth(doc: Doc): number {
  return fullWidth(doc).width - NUMBER_WIDTH - 12;
}

/** Fills the reserved lines: each a TOCI with a Link to the page `targets[i]` (a page index) and its number. */
export function fillToc(doc: Doc, toc: TocReservation, targets: number[]): void {
  toc.lines.forEach((line, index) => {
    const target = targets[index];
    if (target === undefined) throw new Error(`No page for the table of contents line "${line.label}"`);
    doc.switchToPage(line.page);
    // The space was measured in reserveToc; should a line still come out taller (fallback fonts are wider or
    // narrower than measured), it may crowd the footer, but never appends a page behind the appendix.
    withoutPageBreaks(doc, () => tocLine(doc, toc.element, line, target));
  });
  toc.element.end();
}

function tocLine(doc: Doc, toc: Struct, line: PlacedLine, target: number): void {
  const box = fullWidth(doc);
  const label = plain(line.label);
  const number = String(target + 1);
  const item = container(doc, toc, "TOCI");
  const link = container(doc, item, "Link");
  const height = measure(doc, STYLES.toc, label, titleWidth(doc));
  // The number stands beside the title's last line, as in a printed table of contents.
  const numberAt = { x: box.x + box.width - NUMBER_WIDTH, y: line.y + height - measure(doc, STYLES.toc, "0", 100) };
  link.add(() => {
    drawText(doc, label, STYLES.toc, { x: box.x, y: line.y }, { width: titleWidth(doc) });
    drawText(doc, number, STYLES.toc, numberAt, { width: NUMBER_WIDTH, align: "right" });
  });
  const area = { x: box.x, y: line.y, width: box.width, height };
  linkToPage(doc, area, target, link, `${label}, ${pdfTexts.page(target + 1)}`);
  link.end();
  item.end();
  leader(doc, line, number);
}

/**
 * pdfkit's `link()` as it is: a numeric target is a page index (a GoTo action to that page), `structParent`
 * ties the annotation to its Link element (an OBJR), and Contents is its description, which PDF/UA requires
 * (a String object, so that pdfkit writes a PDF string, not a name). @types/pdfkit knows none of these.
 */
type PageLink = (
  x: number,
  y: number,
  width: number,
  height: number,
  pageIndex: number,
  options: { structParent: Struct; Contents: object },
) => Doc;

function linkToPage(
  doc: Doc,
  area: { x: number; y: number; width: number; height: number },
  target: number,
  link: Struct,
  description: string,
): void {
  const pageLink = doc.link.bind(doc) as unknown as PageLink;
  pageLink(area.x, area.y, area.width, area.height, target, { structParent: link, Contents: new String(description) });
}

/** Dots from a one-line title to its page number, as decoration (screen readers skip artifacts). */
function leader(doc: Doc, line: PlacedLine, number: string): void {
  const box = fullWidth(doc);
  applyStyle(doc, STYLES.toc);
  const label = plain(line.label);
  if (doc.widthOfString(label) > titleWidth(doc)) return;
  const from = box.x + doc.widthOfString(label) + 6;
  const to = box.x + box.width - doc.widthOfString(number) - 6;
  const y = line.y + STYLES.toc.size * 0.95;
  if (to - from < 12) return;
  artifact(doc, "Layout", () => {
    doc
      .save()
      .moveTo(from, y)
      .lineTo(to, y)
      .lineWidth(0.8)
      .dash(0.8, { space: 3 })
      .stroke(COLORS.rule)
      .undash()
      .restore();
  });
}
