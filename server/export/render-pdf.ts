import type { ExportInput } from "./export-input";
import { renderAnnex } from "./pdf/annex";
import { renderAppendix } from "./pdf/appendix";
import { renderChapters, renderEmptySectionsLine } from "./pdf/chapters";
import { collectOutput, createDocument } from "./pdf/document";
import { addPageFurniture } from "./pdf/furniture";
import { pdfTexts } from "./pdf/labels";
import { renderTitlePage } from "./pdf/title-page";
import { fillToc, reserveToc } from "./pdf/toc";
import { exportAnnex, exportChapters, exportTexts } from "./text/labels";

/** Share of the progress bar for laying out the chapters; the rest is pdfkit subsetting fonts and writing. */
const LAYOUT_SHARE = 0.9;

/**
 * The Fahrplan as a tagged, archivable PDF (PDF/A-2b, structure for screen readers): title page, table of
 * contents, one chapter per section with entries, the annex (the fate of every contribution), the tracks as
 * an appendix; running header and "Seite X von Y" footer.
 *
 * Order of work: the title page, then the table of contents' pages reserved (its length does not depend on
 * the page numbers), then the body, which decides where each chapter starts, then the table of contents
 * filled in with those pages, and last the headers and footers, once the page count is known. Everything
 * from the input is drawn as plain text: no markup is interpreted, nothing is fetched, and the only links
 * are the table of contents' links inside the document.
 */
export async function renderPdf(input: ExportInput, onProgress?: (fraction: number) => void): Promise<Buffer> {
  onProgress?.(0);
  const doc = createDocument(input);
  const output = collectOutput(doc);
  const root = doc.struct("Document");
  doc.addStructure(root);
  renderTitlePage(doc, root, input);
  doc.addPage();
  const { chapters, emptyLine } = exportChapters(input);
  const annex = exportAnnex(input);
  const chapterTitles = chapters.map((section, index) => pdfTexts.chapter(index, section.title));
  const toc = reserveToc(doc, root, [...chapterTitles, annex.heading, exportTexts.appendix]);
  const starts = renderChapters(doc, root, input, chapters, (done) => onProgress?.(done * LAYOUT_SHARE));
  if (emptyLine) renderEmptySectionsLine(doc, root, emptyLine, chapters.length > 0);
  starts.push(renderAnnex(doc, root, annex));
  starts.push(renderAppendix(doc, root, input.tracks));
  fillToc(doc, toc, starts);
  root.end();
  addPageFurniture(doc, input);
  doc.end();
  const pdf = await output;
  onProgress?.(1);
  return pdf;
}
