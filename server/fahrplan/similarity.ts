import { analysed, type Token } from "../search/analyse";
import type { Glossary } from "../search/glossary";
import { matchPhrase, mayMatchPhrase } from "../search/query";

/**
 * How alike two contributions are, for the duplicate suggestions (issue #16): TF-IDF over the event's
 * open contributions, so that a rare shared word ("Servicekonto") counts for much and a common one
 * ("Kommunen") for little. Two kinds of features, each a vector of its own, compared by cosine:
 * - the words as the search sees them (server/search/analyse.ts): stems with gender forms and umlaut
 *   spellings reduced, the parts of compounds ("Bürgerservicekonto" shares "Servicekonto"'s parts), and
 *   the glossary's groups ("eID" and "Online-Ausweisfunktion" count as one shared concept);
 * - character 4-grams of each longer word, which catch what the stems leave apart and give related
 *   compounds ("Bezahlfunktion", "Bezahlkomponente") something in common.
 */

/** The weight of the words against the 4-grams; the 4-grams mostly add what compounds share. */
const STEM_WEIGHT = 0.6;
/** A compound's parts count less than the word itself: sharing "Konto" is less than sharing "Nutzerkonto". */
const PART_WEIGHT = 0.5;
const GRAM = 4;
/** Sharing a glossary concept ("eID" here, "Online-Ausweisfunktion" there) says more than one shared word. */
const CONCEPT_WEIGHT = 2;

export interface Analysed {
  stems: Map<string, number>;
  grams: Map<string, number>;
  /** A stem's first spelling in the text, to explain a suggestion in the contributor's words. */
  spelling: Map<string, string>;
}

function add(features: Map<string, number>, feature: string, weight = 1): void {
  features.set(feature, (features.get(feature) ?? 0) + weight);
}

export function analyse(text: string, glossary: Glossary = []): Analysed {
  const stems = new Map<string, number>();
  const grams = new Map<string, number>();
  const spelling = new Map<string, string>();
  const tokens: Token[] = analysed(text);
  // The tokens' offsets are into the NFC form (german.ts); normalised once, not once per word.
  const normalised = text.normalize("NFC");
  for (const token of tokens) {
    const original = normalised.slice(token.start, token.end);
    add(stems, token.stem);
    if (!spelling.has(token.stem)) spelling.set(token.stem, original);
    for (const part of token.parts) {
      add(stems, part, PART_WEIGHT);
      if (!spelling.has(part)) spelling.set(part, original);
    }
    const padded = `_${token.folded.replace(/ae/g, "a").replace(/oe/g, "o").replace(/ue/g, "u")}_`;
    if (padded.length < GRAM + 2) continue;
    for (let i = 0; i + GRAM <= padded.length; i++) add(grams, padded.slice(i, i + GRAM));
  }
  for (const index of conceptsOf(text, tokens, glossary)) {
    add(stems, `#${index}`, CONCEPT_WEIGHT);
    spelling.set(`#${index}`, glossary[index]?.[0]?.text ?? `#${index}`);
  }
  return { stems, grams, spelling };
}

/**
 * The glossary's groups a text mentions, by their index. Matching every group against every text is most
 * of the suggestions' time, and the board asks again after every change: kept per glossary, by text.
 */
const concepts = new WeakMap<Glossary, Map<string, number[]>>();
const CONCEPTS_KEPT = 20_000;

function conceptsOf(text: string, tokens: Token[], glossary: Glossary): number[] {
  if (glossary.length === 0) return [];
  const known = concepts.get(glossary) ?? new Map<string, number[]>();
  concepts.set(glossary, known);
  const cached = known.get(text);
  if (cached) return cached;
  const distinct = [...new Map(tokens.map((token) => [token.pieces.join("-"), token])).values()];
  const found: number[] = [];
  glossary.forEach((group, index) => {
    const mentioned = (term: { tokens: Token[] }) =>
      mayMatchPhrase(distinct, term.tokens) && matchPhrase(tokens, term.tokens) !== null;
    if (group.some(mentioned)) found.push(index);
  });
  if (known.size >= CONCEPTS_KEPT) known.clear();
  known.set(text, found);
  return found;
}

/** A document's weighted features as two parallel arrays. */
interface Vector {
  features: Int32Array;
  weights: Float64Array;
  /** The weight of a feature, by its name (for explaining a suggestion). */
  byName: Map<string, number>;
}

/** Each document's features weighted by TF-IDF over all documents, scaled to length 1. */
function weigh(documents: Map<string, number>[]): Vector[] {
  const frequency = new Map<string, number>();
  for (const document of documents) {
    for (const feature of document.keys()) frequency.set(feature, (frequency.get(feature) ?? 0) + 1);
  }
  const numbers = new Map([...frequency.keys()].map((feature, index) => [feature, index]));
  const count = documents.length;
  return documents.map((document) => {
    const entries = [...document].map(([feature, tf]) => {
      // Smoothed: even in a workshop of three contributions a shared word weighs something.
      const weight = (tf >= 1 ? 1 + Math.log(tf) : tf) * Math.log(1 + count / (frequency.get(feature) ?? 1));
      return { feature, number: numbers.get(feature) ?? 0, weight };
    });
    const length = Math.sqrt(entries.reduce((sum, entry) => sum + entry.weight * entry.weight, 0)) || 1;
    entries.sort((x, y) => x.number - y.number);
    return {
      features: Int32Array.from(entries, (entry) => entry.number),
      weights: Float64Array.from(entries, (entry) => entry.weight / length),
      byName: new Map(entries.map((entry) => [entry.feature, entry.weight / length])),
    };
  });
}

/** For each feature number, the documents that have it and its weight in each. */
interface Postings {
  documents: number[][];
  weights: number[][];
}

function postingsOf(vectors: Vector[]): Postings {
  const postings: Postings = { documents: [], weights: [] };
  vectors.forEach((vector, document) => {
    vector.features.forEach((feature, at) => {
      const documents = postings.documents[feature] ?? [];
      const weights = postings.weights[feature] ?? [];
      documents.push(document);
      weights.push(vector.weights[at] as number);
      postings.documents[feature] = documents;
      postings.weights[feature] = weights;
    });
  });
  return postings;
}

/**
 * Adds document `a`'s cosine with every later document that shares a feature to `into`, noting each such
 * document in `touched`. Walking the shared features only (the postings) instead of comparing all pairs
 * makes a thousand contributions a matter of milliseconds: most pairs share nothing (bench/search-eval.ts).
 */
function addCosines(a: number, vector: Vector, postings: Postings, into: Float64Array, touched: Set<number>): void {
  vector.features.forEach((feature, at) => {
    const weight = vector.weights[at] as number;
    const documents = postings.documents[feature] ?? [];
    const weights = postings.weights[feature] ?? [];
    for (let k = documents.length - 1; k >= 0; k--) {
      const b = documents[k] as number;
      if (b <= a) break; // the postings are in document order
      into[b] = (into[b] as number) + weight * (weights[k] as number);
      touched.add(b);
    }
  });
}

export interface SimilarPair {
  a: number;
  b: number;
  score: number;
  /** The shared words that weigh most, in the first text's spelling: why the two are alike. */
  sharedWords: string[];
}

/** Every pair of `texts` at or above `threshold`, with what they share; indexes into `texts`. */
export function similarPairs(texts: string[], threshold: number, glossary: Glossary = []): SimilarPair[] {
  const features = texts.map((text) => analyse(text, glossary));
  const stems = weigh(features.map((each) => each.stems));
  const grams = weigh(features.map((each) => each.grams));
  const stemPostings = postingsOf(stems);
  const gramPostings = postingsOf(grams);
  const stemCosines = new Float64Array(texts.length);
  const gramCosines = new Float64Array(texts.length);
  const pairs: SimilarPair[] = [];
  for (let a = 0; a < texts.length; a++) {
    const stemsA = stems[a] as Vector;
    const touched = new Set<number>();
    addCosines(a, stemsA, stemPostings, stemCosines, touched);
    addCosines(a, grams[a] as Vector, gramPostings, gramCosines, touched);
    for (const b of touched) {
      const score = STEM_WEIGHT * (stemCosines[b] as number) + (1 - STEM_WEIGHT) * (gramCosines[b] as number);
      stemCosines[b] = 0;
      gramCosines[b] = 0;
      if (score < threshold) continue;
      const stemsB = stems[b] as Vector;
      const shared = [...stemsA.byName.keys()]
        .filter((stem) => stemsB.byName.has(stem))
        .sort((x, y) => (stemsA.byName.get(y) ?? 0) - (stemsA.byName.get(x) ?? 0))
        .map((stem) => features[a]?.spelling.get(stem) ?? stem);
      const sharedWords = [...new Set(shared)].slice(0, 4);
      pairs.push({ a, b, score, sharedWords });
    }
  }
  return pairs;
}
