import QRCode from "qrcode";

/**
 * A QR code as a grid of dark and light modules, drawn by our own code into SVG (join-qr.ts) and into PDF
 * as vector rectangles (handout-pdf.ts), so that both show the very same symbol.
 *
 * Error correction level M (about 15 % of the symbol may be lost): a join link is about 100 characters,
 * and a higher level would make the symbol denser, so each module smaller on a projector seen from the
 * back of a hall; M still reads through a fold or a smudge on a printed handout.
 */
export const QR_ERROR_CORRECTION = "M";

/** The light border every QR code needs around it to be found by a scanner, in modules (ISO/IEC 18004). */
export const QUIET_ZONE = 4;

/** A horizontal stretch of dark modules in one row; drawing runs keeps the SVG and the PDF small. */
export interface DarkRun {
  row: number;
  column: number;
  length: number;
}

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number;
  runs: DarkRun[];
}

export function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: QR_ERROR_CORRECTION });
  const runs: DarkRun[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    let column = 0;
    while (column < modules.size) {
      if (!modules.get(row, column)) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < modules.size && modules.get(row, column)) column += 1;
      runs.push({ row, column: start, length: column - start });
    }
  }
  return { size: modules.size, runs };
}
