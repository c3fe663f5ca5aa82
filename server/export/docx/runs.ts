import { TextRun } from "docx";

/**
 * User text as runs, its line breaks as Word line breaks. Characters XML 1.0 forbids (control characters
 * pasted from elsewhere) are dropped: one of them would make Word refuse the whole file.
 */
export function textRuns(
  text: string,
  style: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {},
) {
  return plain(text)
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line, index) => new TextRun({ ...style, text: line, break: index > 0 ? 1 : undefined }));
}

export function plain(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
}
