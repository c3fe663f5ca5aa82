import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { foldGerman } from "./german";

/**
 * Splits German compounds into the words they are made of: "buergerservicekonto" → buerger, service,
 * konto; "rechenzentrumsleistungen" → rechen, zentrum, leistungen. The words come from the German
 * hunspell dictionary (npm `dictionary-de`, the igerman98 dictionary that LibreOffice ships; ADR 021),
 * read once on first use: its 75,000 entries list base forms and irregular plurals ("Konto", "Konten",
 * "Bruch", "Brüche"), which is what the parts of a compound are.
 *
 * The split with the fewest parts wins, then the one whose shortest part is longest: "Arbeitsplatz" is
 * arbeit+s+platz, not arbeit+spl+atz. Between parts a linking element (Fugen-s and the like) may stand, and
 * the last part may carry an inflection ending. A first part needs four letters, so that prefixes which
 * are words on their own ("aus", "vor", "ein") do not split "Ausweis" or "Vorgang".
 */

const MIN_FIRST = 4;
const MIN_PART = 3;
/** Shorter words are not compounds worth splitting. */
const MIN_WORD = MIN_FIRST + MIN_PART;
const LINKS = ["", "s", "es", "n", "en", "e", "er"];
const ENDINGS = ["", "e", "en", "n", "s", "es", "er", "ern", "nen"];

let lexicon: Set<string> | null = null;

function words(): Set<string> {
  if (lexicon) return lexicon;
  const packageDir = dirname(createRequire(import.meta.url).resolve("dictionary-de"));
  const text = readFileSync(join(packageDir, "index.dic"), "utf8");
  lexicon = new Set();
  // The first line is the number of entries; every other line is "Word/FLAGS".
  for (const line of text.split("\n").slice(1)) {
    const [entry = "", flags = ""] = line.split("/", 2);
    const word = foldGerman(entry);
    if (word.length < MIN_PART || !/^[a-z]+$/.test(word)) continue;
    lexicon.add(word);
    // Nouns on -ung, -heit, -ion are listed in their compound form only ("Verwaltungs/hij", flag h:
    // used with an affix): the noun is that form without its linking s.
    if (flags.includes("h") && word.endsWith("s")) lexicon.add(word.slice(0, -1));
  }
  return lexicon;
}

interface Split {
  parts: string[];
  shortest: number;
}

function better(a: Split | null, b: Split): boolean {
  if (a === null) return true;
  if (b.parts.length !== a.parts.length) return b.parts.length < a.parts.length;
  return b.shortest > a.shortest;
}

/**
 * The parts of a folded word (lower case, umlauts spelt out, no hyphens), or null when it is no compound
 * of known words.
 */
export function splitCompound(word: string): string[] | null {
  if (word.length < MIN_WORD || !/^[a-z]+$/.test(word)) return null;
  const known = words();
  // best[i]: the best way to split word[0, i) into parts and links, ending before a new part.
  const best: (Split | null)[] = new Array(word.length + 1).fill(null);
  best[0] = { parts: [], shortest: Number.POSITIVE_INFINITY };
  let whole: Split | null = null;
  for (let start = 0; start < word.length; start++) {
    const before = best[start];
    if (!before) continue;
    const min = before.parts.length === 0 ? MIN_FIRST : MIN_PART;
    for (let end = start + min; end <= word.length; end++) {
      const part = word.slice(start, end);
      if (end === word.length) continue;
      if (!known.has(part)) continue;
      const split = { parts: [...before.parts, part], shortest: Math.min(before.shortest, part.length) };
      for (const link of LINKS) {
        if (!word.startsWith(link, end)) continue;
        const next = end + link.length;
        if (better(best[next] ?? null, split)) best[next] = split;
      }
    }
    // The last part, with an inflection ending: "leistungen", "brueche".
    if (before.parts.length === 0) continue;
    const rest = word.slice(start);
    for (const ending of ENDINGS) {
      if (!rest.endsWith(ending)) continue;
      const head = rest.slice(0, rest.length - ending.length);
      if (head.length < MIN_PART || !known.has(head)) continue;
      const split = { parts: [...before.parts, head], shortest: Math.min(before.shortest, head.length) };
      if (better(whole, split)) whole = split;
    }
  }
  return whole ? whole.parts : null;
}
