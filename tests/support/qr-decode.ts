import jsQR from "jsqr";
import { PNG } from "pngjs";

/**
 * Reads a QR code the way a phone camera would, from pixels: the text of the first code found in a PNG
 * (a screenshot, a rendered PDF page), or null when none can be read.
 */
export function decodeQrPng(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  const pixels = new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length);
  return jsQR(pixels, image.width, image.height)?.data ?? null;
}
