import type { Doc } from "./doc";
import { runsOf } from "./fonts";
import { applyStyle, type TextStyle } from "./layout";
import { plain } from "./text";

/**
 * Draws `text` at (x, y) in `style` as pdfkit's `text()` would, with characters the latin font lacks taken from
 * the matching Noto Sans subset: the runs are written as one continued text, so they wrap as one paragraph.
 */
export function drawText(
  doc: Doc,
  text: string,
  style: TextStyle,
  at: { x: number; y: number },
  options: PDFKit.Mixins.TextOptions = {},
): void {
  applyStyle(doc, style);
  const runs = runsOf(doc, style.face, plain(text));
  if (runs.length === 0) {
    doc.text("", at.x, at.y, options);
    return;
  }
  runs.forEach((run, index) => {
    const runOptions = { ...options, continued: index < runs.length - 1 };
    doc.font(run.font);
    if (index === 0) doc.text(run.text, at.x, at.y, runOptions);
    else doc.text(run.text, runOptions);
  });
}
