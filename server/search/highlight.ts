/**
 * A text cut into paragraphs (separated by blank lines, as contributions are: db/schema/contributions.ts)
 * of plain pieces, some marked as matching the query. The pieces are text: the page renders them as
 * text nodes inside <mark>, never as markup.
 */
export interface Piece {
  text: string;
  marked: boolean;
}

export type Highlighted = Piece[][];

export function highlight(text: string, ranges: { start: number; end: number }[]): Highlighted {
  // The ranges were found in the NFC form of the text (server/search/german.ts).
  const normalised = text.normalize("NFC");
  const marked = new Uint8Array(normalised.length);
  for (const { start, end } of ranges) marked.fill(1, start, end);
  const paragraphs: Highlighted = [];
  for (const match of normalised.matchAll(/(?:(?!\n\s*\n)[\s\S])+/g)) {
    const start = match.index ?? 0;
    const paragraph = match[0];
    if (paragraph.trim() === "") continue;
    const pieces: Piece[] = [];
    for (let i = 0; i < paragraph.length; i++) {
      const isMarked = marked[start + i] === 1;
      const last = pieces[pieces.length - 1];
      if (last && last.marked === isMarked) last.text += paragraph[i];
      else pieces.push({ text: paragraph[i] as string, marked: isMarked });
    }
    paragraphs.push(pieces);
  }
  return paragraphs;
}
