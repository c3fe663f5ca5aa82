import { type Token, tokensOf } from "./analyse";
import { type Glossary, termKeys } from "./glossary";

/**
 * A moderator's query, compiled against the glossary, and how a text matches it (ADR 021). Every word of
 * the query must be found; each is found at the best of three levels, which rank the hit:
 * 0. as written: the same word, or a longer one it begins ("Akte" in "Akten", "Aktenführung", "E-Akte");
 * 1. inflected or as part of a compound: the same stem ("Nutzerkonten" / "Nutzerkonto"), a part of a
 *    compound ("Konto" in "Bürgerservicekonto"), or, for a compound query, its parts close together
 *    ("Bürgerservicekonto" finds "Servicekonto für Bürger");
 * 2. through the glossary: an abbreviation, its long form or a synonym ("OZG" / "Onlinezugangsgesetz").
 * Query syntax does not exist: quotes, stars, brackets and operators are spaces (german.ts).
 */

/** Longer pastes are cut: only their first words could ever all be found in one contribution. */
const MAX_QUERY_CHARS = 500;
const MAX_WORDS = 20;
/** The longest glossary term looked for in a query, in words. */
const MAX_TERM_WORDS = 5;
/** How far apart (in words) the words of a phrase may stand, beyond the phrase's own length. */
const SLACK = 2;

export type Level = 0 | 1 | 2;

interface QueryGroup {
  /** The query's own words for this group: one word, or a glossary term of several ("künstliche Intelligenz"). */
  own: Token[];
  /** What the glossary says means the same: each a phrase. */
  alternatives: Token[][];
}

export interface CompiledQuery {
  groups: QueryGroup[];
}

export interface GroupMatch {
  level: Level;
  /** Indexes of the matching tokens of the text. */
  hits: number[];
}

const indexes = new WeakMap<Glossary, Map<string, Token[][][]>>();

/** The glossary's groups by each way of writing each of their terms. */
function indexOf(glossary: Glossary): Map<string, Token[][][]> {
  const known = indexes.get(glossary);
  if (known) return known;
  const index = new Map<string, Token[][][]>();
  for (const group of glossary) {
    const phrases = group.map((term) => term.tokens);
    for (const term of group) {
      for (const key of termKeys(term.tokens)) index.set(key, [...(index.get(key) ?? []), phrases]);
    }
  }
  indexes.set(glossary, index);
  return index;
}

/** Null when the query has no word to look for (empty, only punctuation or only stopwords). */
export function compileQuery(query: string, glossary: Glossary): CompiledQuery | null {
  const seen = new Set<string>();
  const tokens = tokensOf(query.slice(0, MAX_QUERY_CHARS))
    .filter((token) => !seen.has(token.folded) && seen.add(token.folded))
    .slice(0, MAX_WORDS);
  if (tokens.length === 0) return null;
  const index = indexOf(glossary);
  const groups: QueryGroup[] = [];
  for (let start = 0; start < tokens.length; ) {
    let found: QueryGroup | null = null;
    for (let length = Math.min(MAX_TERM_WORDS, tokens.length - start); length >= 1 && !found; length--) {
      const own = tokens.slice(start, start + length);
      const keys = termKeys(own);
      const glossaryGroups = keys.flatMap((key) => index.get(key) ?? []);
      if (glossaryGroups.length === 0) continue;
      const alternatives = glossaryGroups
        .flat()
        .filter((phrase) => !termKeys(phrase).some((key) => keys.includes(key)));
      found = { own, alternatives };
    }
    found ??= { own: [tokens[start] as Token], alternatives: [] };
    groups.push(found);
    start += found.own.length;
  }
  return { groups };
}

/** Level 0: the word as written, or a longer word that begins with it (short words only whole). */
function asWritten(token: Token, word: Token): boolean {
  if (token.folded === word.folded || token.pieces.includes(word.folded)) return true;
  if (word.folded.length < 4) return false;
  return token.folded.startsWith(word.folded) || token.pieces.some((piece) => piece.startsWith(word.folded));
}

function hasStem(token: Token, stem: string): boolean {
  return token.stem === stem || token.parts.includes(stem);
}

function positions(text: Token[], test: (token: Token) => boolean): number[] {
  const found: number[] = [];
  text.forEach((token, position) => {
    if (test(token)) found.push(position);
  });
  return found;
}

/** The positions in `sorted` (ascending) at most `window` away from `anchor`, found by bisection. */
function within(sorted: number[], anchor: number, window: number): number[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] as number) < anchor - window) low = middle + 1;
    else high = middle;
  }
  const found: number[] = [];
  for (let at = low; at < sorted.length && (sorted[at] as number) <= anchor + window; at++) {
    found.push(sorted[at] as number);
  }
  return found;
}

/**
 * The positions of a phrase whose words were each found at `each`: all within a window around one of the
 * first word's positions, or null when they never stand together. Bisection keeps a text that repeats a
 * word ten thousand times from taking seconds (tests/hostile/document-content.test.ts).
 */
function together(each: number[][], words: number): number[] | null {
  const window = words + SLACK;
  const sorted = each.map((found) => [...found].sort((x, y) => x - y));
  for (const anchor of sorted[0] ?? []) {
    const near = sorted.map((found) => within(found, anchor, window));
    if (near.every((found) => found.length > 0)) return [...new Set(near.flat())];
  }
  return null;
}

function matchWord(text: Token[], word: Token): GroupMatch | null {
  const written = positions(text, (token) => asWritten(token, word));
  const inflected = positions(text, (token) => hasStem(token, word.stem));
  if (written.length > 0) return { level: 0, hits: [...new Set([...written, ...inflected])] };
  if (inflected.length > 0) return { level: 1, hits: inflected };
  if (word.parts.length < 2) return null;
  const parts = word.parts.map((part) => positions(text, (token) => hasStem(token, part)));
  const hits = together(parts, parts.length);
  return hits ? { level: 1, hits } : null;
}

/**
 * Whether each word of a phrase occurs somewhere among `words`, a text's distinct tokens: a cheap test
 * that rules most glossary terms out before their positions in a long text are looked for.
 */
export function mayMatchPhrase(words: Token[], phrase: Token[]): boolean {
  return phrase.every(
    (word) =>
      words.some((token) => asWritten(token, word) || hasStem(token, word.stem)) ||
      (word.parts.length >= 2 && word.parts.every((part) => words.some((token) => hasStem(token, part)))),
  );
}

/** Where all words of a phrase are found close together, or null. */
export function matchPhrase(text: Token[], phrase: Token[]): GroupMatch | null {
  const matches: GroupMatch[] = [];
  for (const word of phrase) {
    const match = matchWord(text, word);
    if (!match) return null;
    matches.push(match);
  }
  if (matches.length === 1) return matches[0] as GroupMatch;
  const hits = together(
    matches.map((match) => match.hits),
    phrase.length,
  );
  if (!hits) return null;
  return { level: Math.max(...matches.map((match) => match.level)) as Level, hits };
}

/** How one group of the query is found in a text, or null. */
export function matchGroup(text: Token[], group: QueryGroup): GroupMatch | null {
  const own = matchPhrase(text, group.own);
  if (own) return own;
  const hits = group.alternatives.flatMap((phrase) => matchPhrase(text, phrase)?.hits ?? []);
  return hits.length > 0 ? { level: 2, hits: [...new Set(hits)] } : null;
}
