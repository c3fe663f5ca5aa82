import { deQr } from "../../shared/i18n/de-qr";
import { container, fullWidth, heading, leaf, list, textBlock } from "../export/pdf/blocks";
import type { Doc, Struct } from "../export/pdf/doc";
import { collectOutput, createTaggedDocument } from "../export/pdf/document";
import { applyStyle, COLORS, STYLES, type TextStyle } from "../export/pdf/layout";
import { QUIET_ZONE, qrMatrix } from "./qr-matrix";

/** What one handout page shows: a track, and how to join it. */
export interface HandoutPage {
  eventTitle: string;
  trackTitle: string;
  subtopics: string[];
  /** The track's join link, the QR code's content. */
  joinUrl: string;
  /** The join form's address and the grouped code, for people who type instead of scanning. */
  joinAddress: string;
  code: string;
}

/** Side of the QR code on paper, quiet zone included: 9 cm, readable from arm's length and from a wall. */
const QR_SIDE = 256;

const LARGE: TextStyle = { face: "bold", size: 16, lineGap: 2 };
const LINK: TextStyle = { face: "regular", size: 9, color: COLORS.muted };

/**
 * One A4 page per track for the tables of a workshop: the event, the track and its subtopics, the QR code
 * of the join link (drawn as vector rectangles, so it stays sharp at any print size), the address and code
 * written out, and three steps to join. A tagged PDF from the export's document setup (fonts, PDF/A
 * metadata); the QR code is a Figure with a text alternative.
 */
export async function renderHandout(title: string, pages: HandoutPage[], now = new Date()): Promise<Buffer> {
  const doc = createTaggedDocument({
    Title: deQr.handout.documentTitle(title),
    Author: pages[0]?.eventTitle ?? title,
    Creator: deQr.handout.creator,
    CreationDate: now,
  });
  const output = collectOutput(doc);
  const root = doc.struct("Document");
  doc.addStructure(root);
  pages.forEach((page, index) => {
    if (index > 0) doc.addPage();
    renderPage(doc, root, page);
  });
  root.end();
  doc.end();
  return output;
}

function renderPage(doc: Doc, root: Struct, page: HandoutPage): void {
  const section = container(doc, root, "Sect");
  const box = fullWidth(doc);
  textBlock(doc, section, "P", page.eventTitle, STYLES.titleMeta, box);
  heading(doc, section, "H1", page.trackTitle, STYLES.title, 0);
  if (page.subtopics.length > 0) list(doc, section, page.subtopics, () => "•");
  doc.y += 12;
  drawQrFigure(doc, section, page);
  textBlock(doc, section, "P", `${deQr.address}: ${page.joinAddress}`, LARGE, box);
  textBlock(doc, section, "P", `${deQr.code}: ${page.code}`, LARGE, box);
  textBlock(doc, section, "P", deQr.handout.linkLabel, LINK, box);
  textBlock(doc, section, "P", page.joinUrl, oneLine(doc, LINK, page.joinUrl, box.width), box);
  doc.y += 10;
  heading(doc, section, "H2", deQr.handout.howTo, STYLES.h2);
  const steps = deQr.handout.steps(page.joinAddress, page.code, page.trackTitle);
  list(doc, section, steps, (index) => `${index + 1}.`);
  section.end();
}

/** Smallest type the link may shrink to, to stay readable on paper. */
const MIN_LINK_SIZE = 6;

/**
 * `style` made small enough for `text` to fit on one line, down to MIN_LINK_SIZE: a link wrapped at one of
 * its hyphens could be typed without it.
 */
function oneLine(doc: Doc, style: TextStyle, text: string, width: number): TextStyle {
  applyStyle(doc, style);
  const natural = doc.widthOfString(text);
  const size = Math.max(MIN_LINK_SIZE, Math.min(style.size, (style.size * width * 0.98) / natural));
  return { ...style, size };
}

/** The QR code, centred, black rectangles on the white page (which is its quiet zone). */
function drawQrFigure(doc: Doc, parent: Struct, page: HandoutPage): void {
  const { size, runs } = qrMatrix(page.joinUrl);
  const module = QR_SIDE / (size + 2 * QUIET_ZONE);
  const left = (doc.page.width - QR_SIDE) / 2 + QUIET_ZONE * module;
  const top = doc.y + QUIET_ZONE * module;
  leaf(
    doc,
    parent,
    "Figure",
    () => {
      doc.save();
      for (const run of runs) {
        doc.rect(left + run.column * module, top + run.row * module, run.length * module, module);
      }
      doc.fill("#000000").restore();
    },
    { alt: deQr.handout.figureAlt(page.trackTitle) },
  );
  doc.y += QR_SIDE + 6;
}
