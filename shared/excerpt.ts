/**
 * The beginning of a contribution's text on one line, for where there is no room for all of it: a
 * select's options, a button's accessible name, a short label. Cut at a word boundary, never inside a
 * word ("…und das Servi" was heard as a different word), and marked with "…" when cut.
 */
export function excerptOf(text: string, maxLength = 80): string {
  const line = text.replace(/\s+/g, " ").trim();
  const characters = Array.from(line);
  if (characters.length <= maxLength) return line;
  const room = characters.slice(0, maxLength - 1).join("");
  const lastSpace = room.lastIndexOf(" ");
  // A single word longer than the room is cut all the same: better a cut word than no name at all.
  const cut = lastSpace > 0 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,;:.–-]+$/, "")}…`;
}
