import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { type Token, tokensOf } from "./analyse";
import { BUILT_IN_GLOSSARY } from "./glossary-built-in";

/**
 * The field's abbreviations and synonyms (ADR 021): groups of terms that mean the same, one group per line,
 * the terms separated by "=", "#" starts a comment:
 *
 *     OZG = Onlinezugangsgesetz = Online-Zugangsgesetz
 *     Personalmangel = Fachkräftemangel = fehlende Fachkräfte
 *
 * The built-in glossary (glossary-built-in.ts) is for German e-government; an admin adds the words
 * of an event in `<FAHRPLAN_GLOSSARY_DIR>/<event-slug>.txt`, in the same format (README, "Glossar").
 * A search for one term also finds the others, ranked below what the query's own words find.
 */

/** One term of a group, analysed like any text: "künstliche Intelligenz" is two tokens. */
export interface GlossaryTerm {
  text: string;
  tokens: Token[];
}

export type Glossary = GlossaryTerm[][];

export function parseGlossary(text: string): Glossary {
  const groups: Glossary = [];
  for (const line of text.split("\n")) {
    const content = line.replace(/#.*/, "").trim();
    if (content === "") continue;
    const terms = content
      .split("=")
      .map((term) => term.trim())
      .filter((term) => term !== "")
      .map((term) => ({ text: term, tokens: tokensOf(term) }))
      .filter((term) => term.tokens.length > 0);
    if (terms.length > 1) groups.push(terms);
  }
  return groups;
}

/** Two ways of writing a term that mean the same: by stems ("künstlicher Intelligenz"), or run together. */
export function termKeys(tokens: Token[]): string[] {
  return [tokens.map((token) => token.stem).join(" "), tokens.map((token) => token.folded).join("")];
}

const NONE: Glossary = [];

/** The built-in glossary and each event's own, read again when its file changes. */
export class Glossaries {
  private readonly builtIn: Glossary;
  private readonly perEvent = new Map<string, { mtimeMs: number; glossary: Glossary }>();
  /** The same array while nothing changed, so that what is computed from a glossary can be kept for it. */
  private readonly combined = new Map<string, { own: Glossary; all: Glossary }>();

  constructor(private readonly directory: string | null) {
    this.builtIn = parseGlossary(BUILT_IN_GLOSSARY);
  }

  forEvent(eventSlug: string): Glossary {
    const own = this.eventGlossary(eventSlug);
    const known = this.combined.get(eventSlug);
    if (known?.own === own) return known.all;
    const all = own.length === 0 ? this.builtIn : [...this.builtIn, ...own];
    this.combined.set(eventSlug, { own, all });
    return all;
  }

  private eventGlossary(eventSlug: string): Glossary {
    // Slugs are [a-z0-9-] (db/schema/events.ts); anything else is no file name of ours.
    if (this.directory === null || !/^[a-z0-9-]+$/.test(eventSlug)) return NONE;
    const path = join(this.directory, `${eventSlug}.txt`);
    const mtimeMs = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
    if (mtimeMs === undefined) return NONE;
    const known = this.perEvent.get(eventSlug);
    if (known?.mtimeMs === mtimeMs) return known.glossary;
    const glossary = parseGlossary(readFileSync(path, "utf8"));
    this.perEvent.set(eventSlug, { mtimeMs, glossary });
    return glossary;
  }
}
