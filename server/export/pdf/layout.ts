import type { Doc } from "./doc";
import { type FontFace, fontName } from "./fonts";

/** A4 with room above and below the text for the running header and footer. */
export const PAGE = {
  size: "A4",
  margins: { top: 72, bottom: 72, left: 62, right: 62 },
  /** Baselines of the running header and footer, measured from the top and from the bottom edge. */
  headerY: 34,
  footerFromBottom: 44,
} as const;

export const COLORS = {
  text: "#1a1a1a",
  muted: "#555555",
  accent: "#1f4e79",
  draft: "#a4161a",
  rule: "#b0b7c0",
} as const;

export interface TextStyle {
  face: FontFace;
  size: number;
  color?: string;
  /** Extra space between wrapped lines. */
  lineGap?: number;
}

export const STYLES = {
  title: { face: "bold", size: 22, color: COLORS.accent, lineGap: 4 },
  titleMeta: { face: "regular", size: 13 },
  titleSmall: { face: "regular", size: 9, color: COLORS.muted },
  h1: { face: "bold", size: 19, color: COLORS.accent, lineGap: 2 },
  h2: { face: "bold", size: 12.5, lineGap: 1 },
  h3: { face: "bold", size: 10.5, color: COLORS.accent },
  body: { face: "regular", size: 10, lineGap: 1.5 },
  label: { face: "bold", size: 10, lineGap: 1.5 },
  toc: { face: "regular", size: 11, lineGap: 1.5 },
  furniture: { face: "regular", size: 8.5, color: COLORS.muted },
  draftMark: { face: "bold", size: 8.5, color: COLORS.draft },
} as const satisfies Record<string, TextStyle>;

/** Vertical space after blocks, in points. */
export const GAP = { afterHeading: 4, afterBlock: 6, afterEntry: 14, listItem: 2 } as const;

export function applyStyle(doc: Doc, style: TextStyle): void {
  doc
    .font(fontName(doc, style.face))
    .fontSize(style.size)
    .fillColor(style.color ?? COLORS.text);
  doc.lineGap(style.lineGap ?? 0);
}

/** How tall `text` comes out in `style` at `width`, wrapped as pdfkit will wrap it. */
export function measure(doc: Doc, style: TextStyle, text: string, width: number): number {
  applyStyle(doc, style);
  return doc.heightOfString(text, { width });
}

export function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** The height a page has for the body, between the top and bottom margins. */
export function pageBodyHeight(doc: Doc): number {
  return doc.page.maxY() - doc.page.margins.top;
}

/** Starts a new page unless `height` more points fit on this one (keeps headings with what follows). */
export function ensureSpace(doc: Doc, height: number): void {
  const pageIsEmpty = doc.y <= doc.page.margins.top;
  if (doc.y + height > doc.page.maxY() && !pageIsEmpty) doc.addPage();
}

/** The index of the page being written (pages are only ever appended while the body is rendered). */
export function currentPageIndex(doc: Doc): number {
  const range = doc.bufferedPageRange();
  return range.start + range.count - 1;
}

/**
 * Runs `draw` with the bottom margin lifted, so that text written into the margin (the footer) or onto a page
 * filled in afterwards (the table of contents) can never make pdfkit append a page.
 */
export function withoutPageBreaks(doc: Doc, draw: () => void): void {
  const bottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  try {
    draw();
  } finally {
    doc.page.margins.bottom = bottom;
  }
}
