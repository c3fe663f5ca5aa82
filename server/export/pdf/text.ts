/**
 * Text from participants and moderators as pdfkit should draw it: literally (pdfkit interprets no markup),
 * composed (NFC, so "u" + combining diaeresis uses the font's "ü"), with Windows line ends made plain and
 * control characters, which have no glyph, dropped. Tabs become spaces; line breaks are kept.
 */
export function plain(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/\p{Cc}/gu, (char) => (char === "\n" ? char : char === "\t" ? " " : ""));
}

/** `text` on one line, for bookmarks and the running header: its line breaks and tabs become spaces. */
export function singleLine(text: string): string {
  return plain(text).replace(/\s+/g, " ").trim();
}

/** `text` shortened with "…" until it is at most `width` wide (for one-line running headers). */
export function fitToWidth(text: string, width: number, widthOf: (candidate: string) => number): string {
  if (widthOf(text) <= width) return text;
  let end = text.length;
  while (end > 0 && widthOf(`${text.slice(0, end).trimEnd()}…`) > width) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}
