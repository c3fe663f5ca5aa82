/**
 * Turns user text into Markdown that every renderer shows as the same literal text: no emphasis, links,
 * images, code, tables, headings, lists or HTML can come out of it.
 *
 * `<` and `>` become entities rather than backslash escapes: `&lt;` is text in every renderer, also in those
 * that treat backslashes differently, and the file itself never contains a tag that a careless tool could
 * pick up. `&` is backslash-escaped so that a typed `&lt;` stays those four characters.
 */

/**
 * Characters that mean something anywhere in a line: CommonMark, GitHub's tables, strikethrough and `$`
 * math, and the `{…}` of MDX and kramdown.
 */
const INLINE_SIGNIFICANT = /[\\`*_[\]()#|~&<>{}$]/g;

function escapeCharacter(character: string): string {
  if (character === "<") return "&lt;";
  if (character === ">") return "&gt;";
  return `\\${character}`;
}

/**
 * Characters that only mean something at the start of a line: list markers (`-`, `+`, `1.`), setext
 * underlines (`===`) and thematic breaks. `#`, `>`, `*`, `` ` `` and `~` are already escaped everywhere.
 */
function escapeLineStart(line: string): string {
  return line.replace(/^[-+=]/, (marker) => `\\${marker}`).replace(/^(\d{1,9})\./, "$1\\.");
}

/**
 * One line of user text. Leading blanks go (four would make a code block), and so do trailing ones (two
 * would make a hard line break). Markers that only count at the start of a line are escaped only when the
 * text starts a line, so "Datum: 7. November" stays readable.
 */
export function escapeMarkdownLine(line: string, startsLine = false): string {
  const escaped = line.trim().replace(INLINE_SIGNIFICANT, escapeCharacter);
  return startsLine ? escapeLineStart(escaped) : escaped;
}

/** The lines of user text, escaped, without empty ones; never empty itself. */
function escapedLines(text: string, startsLine: boolean): string[] {
  const lines = text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    // Every line after the first starts a line of the file; a list marker there would interrupt the text.
    .map((line, index) => escapeMarkdownLine(line, startsLine || index > 0));
  return lines.length > 0 ? lines : [""];
}

/**
 * Text that has to stay on one line: a heading, or the first line of a list item. `startsLine` when it
 * begins a block, as a list item's text does ("- - x" would be a nested list); a heading's text does not.
 */
export function escapeMarkdownInline(text: string, startsLine = false): string {
  return escapedLines(text, startsLine).join(" ");
}

/**
 * Text that keeps its line breaks inside a paragraph or a list item: each break becomes a hard break (a
 * trailing backslash), and `indent` lines continuation lines up under a list item's text. `startsLine` when
 * the text is a paragraph of its own rather than following a marker or a label.
 */
export function escapeMarkdownText(text: string, options: { indent?: string; startsLine?: boolean } = {}): string {
  return escapedLines(text, options.startsLine ?? false).join(`\\\n${options.indent ?? ""}`);
}
