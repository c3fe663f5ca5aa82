import PDFDocument from "pdfkit";
import type { ExportInput } from "../export-input";
import { eventDate, exportTexts, versionLine } from "../text/labels";
import type { Doc } from "./doc";
import { PAGE } from "./layout";
import { addPdfUaIdentification, escapeInfoInXmp } from "./xmp";

/** The export's document: the Fahrplan's title, event and version as its metadata. */
export function createDocument(input: ExportInput): Doc {
  return createTaggedDocument(documentInfo(input));
}

/**
 * A tagged, archivable (PDF/A-2b) A4 document in German, its title shown as the window title; every PDF of the
 * app (the export, the join handouts) starts here, with `info` as its Info dictionary and XMP metadata. Pages
 * stay buffered, because the export writes its table of contents and page footers after the body.
 *
 * No `font` option: pdfkit then starts with its built-in Helvetica, which is never drawn with (all text goes
 * through drawText, which sets a Noto Sans face first), so it never enters the file, as PDF/A requires of
 * unembedded fonts. Opening a Noto Sans file here instead made pdfkit re-open and compare the registered
 * face on every font switch (its duplicate-font check), which multiplied the run time.
 */
export function createTaggedDocument(info: PDFKit.DocumentInfo): Doc {
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: PAGE.margins,
    bufferPages: true,
    tagged: true,
    lang: "de-DE",
    displayTitle: true,
    pdfVersion: "1.7",
    subset: "PDF/A-2b",
    info,
  });
  escapeInfoInXmp(doc);
  addPdfUaIdentification(doc);
  return doc;
}

/**
 * The Info dictionary (pdfkit mirrors it into the XMP). The creation date comes from the input, never from
 * the clock, so the same input gives the same file; no ModDate, because pdfkit's XMP has no counterpart.
 */
function documentInfo(input: ExportInput): PDFKit.DocumentInfo {
  const { snapshot } = input;
  return {
    Title: snapshot.title,
    Author: snapshot.event.title,
    Subject: `${snapshot.event.title}, ${eventDate(input)}, ${snapshot.event.venue} – ${versionLine(input)}`,
    Keywords: [snapshot.event.title, input.versionLabel].join(", "),
    Creator: exportTexts.creator,
    CreationDate: new Date(input.generatedAt),
  };
}

/** The whole file once pdfkit has written it; call before `doc.end()`. */
export function collectOutput(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}
