import { escapeXml } from "../export/pdf/xmp";
import { QUIET_ZONE, qrMatrix } from "./qr-matrix";

/** Pixels per module at the SVG's natural size; pages scale it with CSS. */
const PIXELS_PER_MODULE = 8;

/**
 * The QR code of a join link as a standalone SVG document, served as image/svg+xml and shown with <img>.
 * Black on white whatever the theme, with the quiet zone inside the image, so that it scans on a dark
 * projector slide too. `title` names it for screen readers and as a tooltip. It holds no script and no
 * style element, only presentation attributes, so the Content-Security-Policy has nothing to block.
 */
export function joinQrSvg(joinUrl: string, title: string): string {
  const { size, runs } = qrMatrix(joinUrl);
  const side = size + 2 * QUIET_ZONE;
  const path = runs
    .map((run) => `M${run.column + QUIET_ZONE} ${run.row + QUIET_ZONE}h${run.length}v1h-${run.length}z`)
    .join("");
  const pixels = side * PIXELS_PER_MODULE;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" width="${pixels}" height="${pixels}"`,
    ` role="img" aria-labelledby="qr-title" shape-rendering="crispEdges">`,
    `<title id="qr-title">${escapeXml(title)}</title>`,
    `<rect width="${side}" height="${side}" fill="#ffffff"/>`,
    `<path fill="#000000" d="${path}"/>`,
    "</svg>",
  ].join("");
}
