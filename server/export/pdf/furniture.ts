import type { ExportInput } from "../export-input";
import { exportTexts } from "../text/labels";
import { artifact } from "./blocks";
import type { Doc } from "./doc";
import { drawText } from "./draw-text";
import { pdfTexts } from "./labels";
import { applyStyle, COLORS, PAGE, STYLES, type TextStyle, withoutPageBreaks } from "./layout";
import { fitToWidth, singleLine } from "./text";

/**
 * The running header (title left; version label, or the draft notice, right) and the footer ("Seite X von
 * Y") on every page but the title page, written once all pages exist. All of it is a pagination artifact,
 * so assistive technology does not read it between the paragraphs it interrupts.
 */
export function addPageFurniture(doc: Doc, input: ExportInput): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start + 1; index < start + count; index++) {
    doc.switchToPage(index);
    artifact(doc, "Pagination", () => {
      header(doc, input);
      footer(doc, pdfTexts.pageOf(index + 1, count));
    });
  }
}

function header(doc: Doc, input: ExportInput): void {
  const { left, right } = doc.page.margins;
  const width = doc.page.width - left - right;
  const draft = input.publishedAt === null;
  const mark = draft ? exportTexts.draftNotice : input.versionLabel;
  const markStyle = draft ? STYLES.draftMark : STYLES.furniture;
  applyStyle(doc, markStyle);
  const markWidth = doc.widthOfString(mark);
  oneLine(doc, mark, markStyle, doc.page.width - right - markWidth, PAGE.headerY);
  applyStyle(doc, STYLES.furniture);
  const titleWidth = width - markWidth - 24;
  const title = fitToWidth(singleLine(input.snapshot.title), titleWidth, (text) => doc.widthOfString(text));
  oneLine(doc, title, STYLES.furniture, left, PAGE.headerY);
  const ruleY = PAGE.headerY + STYLES.furniture.size + 6;
  doc
    .save()
    .moveTo(left, ruleY)
    .lineTo(left + width, ruleY)
    .lineWidth(0.5)
    .stroke(COLORS.rule)
    .restore();
}

/** Centred in the bottom margin, which is lifted while writing, or pdfkit would start a new page. */
function footer(doc: Doc, text: string): void {
  const { left, right } = doc.page.margins;
  const at = { x: left, y: doc.page.height - PAGE.footerFromBottom };
  const options = { width: doc.page.width - left - right, align: "center", lineBreak: false } as const;
  withoutPageBreaks(doc, () => drawText(doc, text, STYLES.furniture, at, options));
}

function oneLine(doc: Doc, text: string, style: TextStyle, x: number, y: number): void {
  drawText(doc, text, style, { x, y }, { lineBreak: false });
}
