import { splitCompound } from "./compounds";
import { STOPWORDS, stemOf, wordsOf } from "./german";

/**
 * A text as search and duplicate suggestions see it: its words, each with the forms a query can meet it
 * by. The same analysis serves documents and queries, so that both sides always agree (ADR 021).
 */
export interface Token {
  start: number;
  end: number;
  /** Folded, gender ending removed, hyphens removed: "eakte", "buerger". */
  folded: string;
  /** The pieces between hyphens, folded: "akte" of "E-Akte" is found like a word of its own. */
  pieces: string[];
  /** The word's stem: "nutzerkont" for Nutzerkonto and Nutzerkonten. */
  stem: string;
  /**
   * The stems of the words the token is made of, for a compound or a hyphenated word: "burg", "servic",
   * "kont" for Bürgerservicekonto. Empty for a simple word.
   */
  parts: string[];
}

function partsOf(pieces: string[]): string[] {
  const split = pieces.flatMap((piece) => splitCompound(piece) ?? [piece]);
  return split.length > 1 ? split.map(stemOf) : [];
}

/**
 * A word's stem and parts depend on its folded pieces only, and texts repeat their words: each distinct
 * word is stemmed and split once (a dictionary lookup per possible split is the costly part). Keyed by
 * the pieces, since "E-Akte" has parts and "Eakte" has none.
 */
const WORDS_KEPT = 50_000;
const wordForms = new Map<string, { stem: string; parts: string[] }>();

function formsOf(folded: string, pieces: string[]): { stem: string; parts: string[] } {
  const key = pieces.join("-");
  const known = wordForms.get(key);
  if (known) return known;
  const forms = { stem: stemOf(folded), parts: partsOf(pieces) };
  if (wordForms.size >= WORDS_KEPT) wordForms.clear();
  wordForms.set(key, forms);
  return forms;
}

/** The words of a text that carry meaning (stopwords left out), analysed. */
export function tokensOf(text: string): Token[] {
  return wordsOf(text)
    .filter((word) => !STOPWORDS.has(word.folded))
    .map((word) => ({ ...word, ...formsOf(word.folded, word.pieces) }));
}

/**
 * Analysis is the expensive part of a search (a dictionary lookup per possible split), and the same
 * texts are searched again and again during a congress: the last analyses are kept, by text.
 */
const CACHE_SIZE = 20_000;
const cache = new Map<string, Token[]>();

export function analysed(text: string): Token[] {
  const known = cache.get(text);
  if (known) {
    // Map keeps insertion order: moving a hit to the end makes the first entry the least recently used.
    cache.delete(text);
    cache.set(text, known);
    return known;
  }
  const tokens = tokensOf(text);
  cache.set(text, tokens);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return tokens;
}
