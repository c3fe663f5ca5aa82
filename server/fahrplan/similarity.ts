import { stemmer } from "@orama/stemmers/german";
import { foldGerman } from "../contributions/search-index";

/**
 * How alike two contributions are, for the duplicate suggestions (issue #16): TF-IDF over the event's
 * open contributions, so that a rare shared word ("Servicekonto") counts for much and a common one
 * ("Kommunen") for little. Two kinds of features, each a vector of its own, compared by cosine:
 * - word stems (the German Snowball stemmer on the folded word: "Medienbrüche" and "Medienbruch" meet),
 *   gender forms reduced first ("Bürger:innen", "Bürgerinnen" → "Bürger");
 * - character 4-grams of each longer word, which catch stems the stemmer leaves apart ("Nutzerkonten" and
 *   "Nutzerkonto") and give a compound a little in common with its parts.
 * A dictionary-based decompounder, synonyms and the field's abbreviations are not here yet: on the
 * evaluation set compounds alone ("Servicekonto" / "Bürgerservicekonto") stay below the cut (issue #16).
 */

/** Words that say nothing about a contribution's topic. */
const STOPWORDS = new Set(
  (
    "der die das den dem des ein eine einer eines einem einen und oder aber nicht kein keine keinen mit von vom " +
    "zu zur zum im in an am auf für bei aus als auch ist sind wird werden wurde muss müssen soll sollen kann " +
    "können es sie er wir ihr man sich noch nur mehr sehr so wie was wer über unter nach vor durch bis um gibt " +
    "viele jede jeder jedem alle damit statt oft kaum bisher weiter wissen haben hat"
  ).split(" "),
);

/** The weight of the stems against the 4-grams; the 4-grams mostly add what compounds share. */
const STEM_WEIGHT = 0.5;
const GRAM = 4;

export interface Analysed {
  stems: Map<string, number>;
  grams: Map<string, number>;
  /** A stem's first spelling in the text, to explain a suggestion in the contributor's words. */
  spelling: Map<string, string>;
}

/** "Bürger:innen", "Bürger*innen", "BürgerInnen", "Bürgerinnen" → "Bürger"; "Mitarbeiterin" → "Mitarbeiter". */
function withoutGenderForm(word: string): string {
  return word
    .replace(/[:*_]innen$/i, "")
    .replace(/(?<=\p{Ll})Innen$/u, "")
    .replace(/(er)in(nen)?$/i, "$1");
}

/**
 * The search's folding (ä→ae, ß→ss, diacritics dropped), then ae/oe/ue to a/o/u: the stemmer turns ä
 * into a, so "Schlüssel", "Schluessel" and the stem of either meet only in the shorter spelling.
 */
function fold(text: string): string {
  return foldGerman(text).replace(/ae/g, "a").replace(/oe/g, "o").replace(/ue/g, "u");
}

export function analyse(text: string): Analysed {
  const stems = new Map<string, number>();
  const grams = new Map<string, number>();
  const spelling = new Map<string, string>();
  const words = text.normalize("NFC").match(/[\p{L}\p{N}]+(?:[:*_][iI]nnen)?/gu) ?? [];
  for (const original of words) {
    const word = withoutGenderForm(original).toLocaleLowerCase("de");
    if (word.length < 2 || STOPWORDS.has(word)) continue;
    const stem = fold(stemmer(word));
    stems.set(stem, (stems.get(stem) ?? 0) + 1);
    if (!spelling.has(stem)) spelling.set(stem, original);
    const padded = `_${fold(word)}_`;
    if (padded.length < GRAM + 2) continue;
    for (let i = 0; i + GRAM <= padded.length; i++) {
      const gram = padded.slice(i, i + GRAM);
      grams.set(gram, (grams.get(gram) ?? 0) + 1);
    }
  }
  return { stems, grams, spelling };
}

/**
 * A document's weighted features as two parallel arrays sorted by feature number: comparing two is one
 * merge of short sorted lists, fast enough for all pairs of a thousand contributions (bench/search-eval.ts).
 */
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
      const weight = (1 + Math.log(tf)) * Math.log(1 + count / (frequency.get(feature) ?? 1));
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

function cosine(a: Vector, b: Vector): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.features.length && j < b.features.length) {
    const x = a.features[i] as number;
    const y = b.features[j] as number;
    if (x === y) sum += (a.weights[i++] as number) * (b.weights[j++] as number);
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

export interface SimilarPair {
  a: number;
  b: number;
  score: number;
  /** The shared words that weigh most, in the first text's spelling: why the two are alike. */
  sharedWords: string[];
}

/** Every pair of `texts` at or above `threshold`, with what they share; indexes into `texts`. */
export function similarPairs(texts: string[], threshold: number): SimilarPair[] {
  const analysed = texts.map(analyse);
  const stems = weigh(analysed.map((each) => each.stems));
  const grams = weigh(analysed.map((each) => each.grams));
  const pairs: SimilarPair[] = [];
  for (let a = 0; a < texts.length; a++) {
    for (let b = a + 1; b < texts.length; b++) {
      const stemsA = stems[a] as Vector;
      const stemsB = stems[b] as Vector;
      const score =
        STEM_WEIGHT * cosine(stemsA, stemsB) + (1 - STEM_WEIGHT) * cosine(grams[a] as Vector, grams[b] as Vector);
      if (score < threshold) continue;
      const shared = [...stemsA.byName.keys()]
        .filter((stem) => stemsB.byName.has(stem))
        .sort((x, y) => (stemsA.byName.get(y) ?? 0) - (stemsA.byName.get(x) ?? 0))
        .slice(0, 4)
        .map((stem) => analysed[a]?.spelling.get(stem) ?? stem);
      pairs.push({ a, b, score, sharedWords: shared });
    }
  }
  return pairs;
}
