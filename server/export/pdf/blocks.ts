import type { Doc, Struct } from "./doc";
import { drawText } from "./draw-text";
import { contentWidth, ensureSpace, GAP, measure, pageBodyHeight, STYLES, type TextStyle } from "./layout";
import { plain, singleLine } from "./text";

/** pdfkit's structure options; `scope` (of a table header cell) is missing from @types/pdfkit 0.17. */
type StructOptions = PDFKit.Mixins.StructureElementOptions & { scope?: "Row" | "Column" };

/**
 * pdfkit's outline item options; @types/pdfkit declares only `expanded`. `left` is subtracted from the page
 * width by pdfkit 0.20 (PDFOutline's constructor), so passing the page width yields a left edge of 0.
 */
interface OutlineOptions {
  expanded?: boolean;
  fit: boolean;
  top: number;
  left: number;
}

/** A horizontal band of the page: where a block's text starts and how wide it may run. */
export interface Box {
  x: number;
  width: number;
}

export function fullWidth(doc: Doc): Box {
  return { x: doc.page.margins.left, width: contentWidth(doc) };
}

/**
 * A grouping element (Sect, L, LI, Table, TR, TOC, …) appended to `parent`. The tree is attached to the
 * document from the root down, so children added later are drawn at once, in reading order.
 */
export function container(doc: Doc, parent: Struct, type: string, options: StructOptions = {}): Struct {
  const element = doc.struct(type, options);
  parent.add(element);
  return element;
}

/** An element whose marked content is whatever `draw` puts on the page, drawn right now. */
export function leaf(doc: Doc, parent: Struct, type: string, draw: () => void, options: StructOptions = {}): void {
  parent.add(doc.struct(type, options, draw));
}

/** Page decoration (rules, leaders, running headers) marked as an artifact, outside the structure tree. */
export function artifact(doc: Doc, type: "Layout" | "Pagination", draw: () => void): void {
  doc.markContent("Artifact", { type });
  draw();
  doc.endMarkedContent();
}

/** Text in `style` from the current line down, wrapped to `box`; left-aligned (justify loses the spaces in the tags). */
export function write(doc: Doc, text: string, style: TextStyle, box: Box, y = doc.y): void {
  drawText(doc, text, style, { x: box.x, y }, { width: box.width, align: "left" });
}

/** A paragraph (or other text element) kept off the page's last line when it would start there alone. */
export function textBlock(doc: Doc, parent: Struct, type: string, text: string, style: TextStyle, box: Box): void {
  ensureSpace(doc, Math.min(measure(doc, style, plain(text), box.width), 3 * style.size));
  leaf(doc, parent, type, () => write(doc, text, style, box));
  doc.y += GAP.afterBlock;
}

/** A heading kept on one page with the first `keepWithNext` points after it. */
export function heading(
  doc: Doc,
  parent: Struct,
  type: string,
  text: string,
  style: TextStyle,
  keepWithNext = 40,
): void {
  placeHeading(doc, text, style, keepWithNext);
  drawHeading(doc, parent, type, text, style);
}

/** A heading with a bookmark under `outline` pointing at it; returns the bookmark, for nested ones. */
export function bookmarkedHeading(
  doc: Doc,
  parent: Struct,
  spec: { type: string; text: string; style: TextStyle; keepWithNext?: number },
  outline: PDFKit.PDFOutline,
): PDFKit.PDFOutline {
  placeHeading(doc, spec.text, spec.style, spec.keepWithNext ?? 40);
  const target: OutlineOptions = { fit: false, top: doc.y, left: doc.page.width };
  const bookmark = outline.addItem(singleLine(spec.text), target);
  drawHeading(doc, parent, spec.type, spec.text, spec.style);
  return bookmark;
}

function placeHeading(doc: Doc, text: string, style: TextStyle, keepWithNext: number): void {
  ensureSpace(doc, measure(doc, style, plain(text), contentWidth(doc)) + keepWithNext);
}

function drawHeading(doc: Doc, parent: Struct, type: string, text: string, style: TextStyle): void {
  leaf(doc, parent, type, () => write(doc, text, style, fullWidth(doc)));
  doc.y += GAP.afterHeading;
}

/** A list (L › LI › Lbl + LBody) with `marker(index)` as each item's label ("1.", "•", "B12"). */
export function list(doc: Doc, parent: Struct, items: string[], marker: (index: number) => string, indent = 18): void {
  const box = fullWidth(doc);
  const body: Box = { x: box.x + indent, width: box.width - indent };
  const element = container(doc, parent, "L");
  items.forEach((item, index) => {
    // An item is kept in one piece unless it is longer than a page.
    ensureSpace(doc, Math.min(listItemHeight(doc, item, indent), pageBodyHeight(doc)));
    const listItem = container(doc, element, "LI");
    const y = doc.y;
    leaf(doc, listItem, "Lbl", () => write(doc, marker(index), STYLES.body, { x: box.x, width: indent }, y));
    leaf(doc, listItem, "LBody", () => write(doc, item, STYLES.body, body, y));
    listItem.end();
    doc.y += GAP.listItem;
  });
  element.end();
  doc.y += GAP.afterBlock - GAP.listItem;
}

/** How tall one list item comes out, with the gap after it. */
export function listItemHeight(doc: Doc, item: string, indent = 18): number {
  return measure(doc, STYLES.body, plain(item), contentWidth(doc) - indent) + GAP.listItem;
}

/** How tall a list comes out, as `list` draws it (without page breaks). */
export function listHeight(doc: Doc, items: string[], indent = 18): number {
  return items.reduce((sum, item) => sum + listItemHeight(doc, item, indent), 0) + GAP.afterBlock - GAP.listItem;
}

/** How tall a heading or a paragraph comes out, with the gap after it. */
export function headingHeight(doc: Doc, text: string, style: TextStyle): number {
  return measure(doc, style, plain(text), contentWidth(doc)) + GAP.afterHeading;
}

export function textBlockHeight(doc: Doc, text: string, style: TextStyle): number {
  return measure(doc, style, plain(text), contentWidth(doc)) + GAP.afterBlock;
}

const FACT_LABEL_WIDTH = 96;

/** How tall a facts table comes out, as `factsTable` draws it. */
export function factsTableHeight(doc: Doc, rows: [string, string][]): number {
  const valueWidth = contentWidth(doc) - FACT_LABEL_WIDTH;
  const rowHeight = ([label, text]: [string, string]) =>
    Math.max(
      measure(doc, STYLES.label, plain(label), FACT_LABEL_WIDTH),
      measure(doc, STYLES.body, plain(text), valueWidth),
    );
  return rows.reduce((sum, row) => sum + rowHeight(row), 0) + GAP.afterBlock;
}

/** A two-column table of facts, each row a header cell (scope Row) and its value. */
export function factsTable(doc: Doc, parent: Struct, rows: [string, string][]): void {
  const box = fullWidth(doc);
  const labelWidth = FACT_LABEL_WIDTH;
  const value: Box = { x: box.x + labelWidth, width: box.width - labelWidth };
  const table = container(doc, parent, "Table");
  for (const [label, text] of rows) {
    ensureSpace(doc, measure(doc, STYLES.body, plain(text), value.width));
    const row = container(doc, table, "TR");
    const y = doc.y;
    leaf(doc, row, "TH", () => write(doc, label, STYLES.label, { x: box.x, width: labelWidth }, y), { scope: "Row" });
    const belowLabel = doc.y;
    leaf(doc, row, "TD", () => write(doc, text, STYLES.body, value, y));
    doc.y = Math.max(doc.y, belowLabel);
    row.end();
  }
  table.end();
  doc.y += GAP.afterBlock;
}
