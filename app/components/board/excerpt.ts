/** Characters of a contribution shown where there is no room for all of it (labels, options). */
const EXCERPT_LENGTH = 80;

/**
 * The beginning of a contribution's text on one line: enough to recognise it in a select or a screen
 * reader's label, short enough that a list of them stays usable.
 */
export function excerptOf(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > EXCERPT_LENGTH ? `${line.slice(0, EXCERPT_LENGTH - 1)}…` : line;
}
