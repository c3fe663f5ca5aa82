import { analysed } from "./analyse";
import { type CompiledQuery, type GroupMatch, type Level, matchGroup } from "./query";

/**
 * Which of a set of texts match a compiled query, best first: by level (as written, then inflected or in a
 * compound, then through the glossary: query.ts), and within a level by BM25 (the ranking of SQLite's FTS5
 * and of Lucene), taking each group of the query as one term: a rare word found often in a short text
 * ranks highest.
 */

export interface Ranked {
  /** Index into the texts. */
  index: number;
  level: Level;
  score: number;
  /** Character ranges of the matching words, for highlighting. */
  ranges: { start: number; end: number }[];
}

/** BM25's usual constants: how fast repetition stops counting, and how much length matters. */
const K1 = 1.2;
const B = 0.75;

export function rank(texts: string[], query: CompiledQuery): Ranked[] {
  const tokens = texts.map(analysed);
  const averageLength = tokens.reduce((sum, each) => sum + each.length, 0) / Math.max(1, tokens.length);
  const matches = tokens.map((text) => query.groups.map((group) => matchGroup(text, group)));
  const inverse = query.groups.map((_, group) => {
    const containing = matches.filter((groups) => groups[group] !== null).length;
    return Math.log(1 + (texts.length - containing + 0.5) / (containing + 0.5));
  });
  const ranked: Ranked[] = [];
  matches.forEach((groups, index) => {
    if (!groups.every((match): match is GroupMatch => match !== null)) return;
    const length = (tokens[index]?.length ?? 0) / (averageLength || 1);
    let score = 0;
    groups.forEach((match, group) => {
      const frequency = match.hits.length;
      score += ((inverse[group] ?? 0) * frequency * (K1 + 1)) / (frequency + K1 * (1 - B + B * length));
    });
    const text = tokens[index] ?? [];
    const ranges = [...new Set(groups.flatMap((match) => match.hits))]
      .sort((x, y) => x - y)
      .map((position) => ({ start: text[position]?.start ?? 0, end: text[position]?.end ?? 0 }));
    ranked.push({ index, level: Math.max(...groups.map((match) => match.level)) as Level, score, ranges });
  });
  return ranked.sort((x, y) => x.level - y.level || y.score - x.score || x.index - y.index);
}
