import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Doc } from "./doc";
import { woffToSfnt } from "./woff";

/** The two faces the PDF uses. */
export type FontFace = "regular" | "bold";

/**
 * @fontsource ships Noto Sans split by script. Latin covers German (umlauts, ß, „“, –) and is used for
 * everything it covers; the others only for the characters latin lacks (Ł, ř, ş, Cyrillic, Greek, …), so that
 * a name like „Łódź“ keeps its letters instead of turning into empty boxes.
 */
const SUBSETS = ["latin", "latin-ext", "cyrillic", "cyrillic-ext", "greek", "greek-ext", "vietnamese"] as const;
type Subset = (typeof SUBSETS)[number];

/** A piece of text drawn with one font, named as registered with the document. */
export interface Run {
  font: string;
  text: string;
}

const require = createRequire(import.meta.url);

/** The WOFF file of a face and subset (WOFF, not WOFF2: WOFF2 crashes pdfkit's subsetter on accented glyphs). */
function fontFile(face: FontFace, subset: Subset): string {
  const weight = face === "bold" ? 700 : 400;
  return require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`);
}

/** Unpacked fonts, made once per process (or worker) and shared by every export rendered there. */
const unpacked = new Map<string, Buffer>();
/** The fonts registered with each document so far. */
const registered = new WeakMap<Doc, Set<string>>();

/** The registered name of a face in a subset ("bold", "bold-latin-ext"), registering it on first use. */
export function fontName(doc: Doc, face: FontFace, subset: Subset = "latin"): string {
  const name = subset === "latin" ? face : `${face}-${subset}`;
  const names = registered.get(doc) ?? new Set<string>();
  registered.set(doc, names);
  if (!names.has(name)) {
    const font = unpacked.get(name) ?? woffToSfnt(readFileSync(fontFile(face, subset)));
    unpacked.set(name, font);
    doc.registerFont(name, font);
    names.add(name);
  }
  return name;
}

/**
 * `text` cut into runs by the font that has its characters; one run for plain German text. A character no
 * font has (an emoji, say) becomes U+FFFD "�": drawn as a visible mark and extracted as "unrepresentable",
 * where the font's empty .notdef glyph would hide it (and PDF/UA forbids .notdef).
 */
export function runsOf(doc: Doc, face: FontFace, text: string): Run[] {
  const runs: Run[] = [];
  let current: { subset: Subset; text: string } | undefined;
  for (const original of text) {
    const found = subsetOf(original.codePointAt(0) ?? 0);
    const subset = found ?? "latin";
    const char = found ? original : "\uFFFD";
    if (current?.subset === subset) current.text += char;
    else {
      if (current) runs.push({ font: fontName(doc, face, current.subset), text: current.text });
      current = { subset, text: char };
    }
  }
  if (current) runs.push({ font: fontName(doc, face, current.subset), text: current.text });
  return runs;
}

const RANGES = loadRanges();

/** The first subset whose range holds the code point, if any does. */
function subsetOf(codePoint: number): Subset | undefined {
  if (codePoint <= 0xff) return "latin";
  return SUBSETS.find((subset) => RANGES[subset].some(([from, to]) => codePoint >= from && codePoint <= to));
}

/** The subsets' unicode-range values from @fontsource ("U+0000-00FF,U+0131,…") as [from, to] pairs. */
function loadRanges(): Record<Subset, [number, number][]> {
  const json = JSON.parse(readFileSync(require.resolve("@fontsource/noto-sans/unicode.json"), "utf8")) as Record<
    string,
    string
  >;
  const parse = (ranges = ""): [number, number][] =>
    ranges.split(",").map((range) => {
      const [from = "0", to = from] = range.replace("U+", "").split("-");
      return [Number.parseInt(from, 16), Number.parseInt(to, 16)];
    });
  return Object.fromEntries(SUBSETS.map((subset) => [subset, parse(json[subset])])) as Record<
    Subset,
    [number, number][]
  >;
}
