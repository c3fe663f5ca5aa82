import { stemmer } from "@orama/stemmers/german";

/**
 * The German of contributions, word by word, for search and duplicate suggestions (ADR 021): umlaut
 * spellings, gender forms and inflection reduced so that index and query meet. Compound words are split
 * in `compounds.ts`; this module knows single words only.
 */

const GERMAN_LETTERS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

/**
 * Lower-cases (ẞ becomes ß), spells umlauts and ß out (ä→ae, ß→ss), then drops the remaining diacritics
 * (é→e). Spelling out rather than stripping keeps "Schlüssel" and "Schluessel" together, and apart from
 * "Schlussel". NFC first, so that an ä typed as a + combining diaeresis is recognised as ä.
 */
export function foldGerman(text: string): string {
  return text
    .normalize("NFC")
    .toLocaleLowerCase("de")
    .replace(/[äöüß]/g, (letter) => GERMAN_LETTERS[letter] ?? letter)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "");
}

/** Words that say nothing about a contribution's topic; a query made only of them finds nothing. */
export const STOPWORDS = new Set(
  (
    "der die das den dem des ein eine einer eines einem einen und oder aber nicht kein keine keinen mit von vom " +
    "zu zur zum im in an am auf fuer bei aus als auch ist sind wird werden wurde muss muessen soll sollen kann " +
    "koennen es sie er wir ihr man sich noch nur mehr sehr so wie was wer ueber unter nach vor durch bis um gibt " +
    "viele jede jeder jedem jeden alle damit statt oft kaum bisher weiter wissen haben hat sein seine ihre ihren " +
    "dass wenn denn doch schon dort hier"
  ).split(" "),
);

/** One word of a text: where it stands, and its folded form without gender ending. */
export interface Word {
  /** Offsets into the text, for highlighting. */
  start: number;
  end: number;
  /** Folded ("buergerinnen" → "buerger"), hyphens removed ("e-akte" → "eakte"). */
  folded: string;
  /** The pieces between hyphens, folded: ["e", "akte"]; one piece for a word without hyphen. */
  pieces: string[];
}

/**
 * Letters and digits, joined by hyphens into one word ("E-Akte", "Online-Zugangsgesetz"), with a gender
 * ending after a colon, star or underscore kept on the word ("Bürger:innen"). Anything else separates:
 * quotes, brackets, operators of a search syntax are never more than spaces.
 */
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*(?:[:*_][iI]nnen)?/gu;

export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.normalize("NFC").matchAll(WORD)) {
    const pieces = withoutGenderForm(match[0])
      .split("-")
      .map(foldGerman)
      .filter((piece) => piece !== "");
    if (pieces.length === 0) continue;
    const start = match.index ?? 0;
    words.push({ start, end: start + match[0].length, folded: pieces.join(""), pieces });
  }
  return words;
}

/**
 * "Bürger:innen", "Bürger*innen", "Bürger_innen", "BürgerInnen", "Bürgerinnen" → "Bürger";
 * "Mitarbeiterin" → "Mitarbeiter". Only after -er, where the feminine form is the masculine plus -in(nen):
 * "Innen" and "Beginn" stay as they are.
 */
function withoutGenderForm(word: string): string {
  return word
    .replace(/[:*_][iI]nnen$/, "")
    .replace(/(?<=\p{Ll})Innen$/u, "")
    .replace(/(?<=..er)in(nen)?$/i, "");
}

/**
 * The stem of one folded word: the German Snowball stemmer ("medienbrueche" and "medienbruch" → "medienbruch"),
 * umlauts then reduced to their base vowel (the stemmer does that for ä, not for the spelt-out ae), and the
 * Latin endings that German plurals replace cut off, which Snowball leaves apart: Konto/Konten,
 * Zentrum/Zentren, Thema/Themen all meet in "kont", "zentr", "them". A present participle loses its -end,
 * which Snowball keeps: "fehlende Fachkräfte" meets "es fehlen Fachkräfte".
 */
export function stemOf(folded: string): string {
  const stem = stemmer(folded).replace(/ae/g, "a").replace(/oe/g, "o").replace(/ue/g, "u");
  if (stem.length >= 7 && stem.endsWith("end")) return stem.slice(0, -3);
  if (stem.length > 4 && stem.endsWith("um")) return stem.slice(0, -2);
  if (stem.length > 4 && /[oa]$/.test(stem)) return stem.slice(0, -1);
  return stem;
}
