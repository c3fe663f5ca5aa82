import { describe, expect, it } from "vitest";
import { de } from "../../app/i18n/messages";
import { en } from "../../shared/i18n/en";
import { messageKeys, textAt } from "../../shared/i18n/message-keys";

/**
 * The German and the English catalogue, walked in parallel: the type `Messages` already makes a missing
 * key a type error; this also catches empty texts, texts left untranslated, and functions that throw.
 */

/** Texts that are the same word in both languages (names, loanwords). Anything else must be translated. */
const SAME_IN_BOTH = new Set([
  "Fahrplan",
  "Moderation",
  "Administration",
  "Status",
  "Workshop",
  "Workshops",
  "Phase",
  "Timer",
  "Format",
  "Code",
  "System",
  "Name",
  "Organisation",
]);

interface Leaf {
  path: string;
  german: unknown;
  english: unknown;
}

function leavesOf(german: unknown, english: unknown, path = "de"): Leaf[] {
  if (typeof german === "object" && german !== null && !Array.isArray(german)) {
    const keys = new Set([...Object.keys(german), ...Object.keys(english as object)]);
    return [...keys].flatMap((key) =>
      leavesOf((german as Record<string, unknown>)[key], (english as Record<string, unknown>)?.[key], `${path}.${key}`),
    );
  }
  if (Array.isArray(german)) {
    const longest = Math.max(german.length, Array.isArray(english) ? english.length : 0);
    return Array.from({ length: longest }, (_, index) =>
      leavesOf(german[index], (english as unknown[] | undefined)?.[index], `${path}[${index}]`),
    ).flat();
  }
  return [{ path, german, english }];
}

const leaves = leavesOf(de, en);
const texts = leaves.filter((leaf) => typeof leaf.german === "string");
const functions = leaves.filter((leaf) => typeof leaf.german === "function");

/**
 * Arguments to try on a catalogue function, in turn, until one set is accepted: plain texts fit most; dates
 * and numbers fit the formatting functions, which refuse an invalid date.
 */
const SAMPLE_ARGUMENT_SETS: unknown[][] = [
  ["Probe", "Beispiel", "Muster", "Text"],
  [3, 7, 2, 5],
  [new Date("2018-11-07T09:30:00Z")],
  ["2018-11-07"],
  [["Probe", "Beispiel"]],
  ["Probe", null],
];

/** What a catalogue function returns for the first argument set it accepts. */
function sampleResult(fn: (...args: unknown[]) => unknown): unknown {
  for (const args of SAMPLE_ARGUMENT_SETS) {
    try {
      return fn(...args);
    } catch {
      // Not this kind of argument; try the next set.
    }
  }
  throw new Error("no sample arguments were accepted");
}

function isText(value: unknown): boolean {
  return typeof value === "string" && value.trim().length > 0;
}

describe("the English catalogue", () => {
  it("has every key of the German one, and no other", () => {
    const missing = leaves.filter((leaf) => leaf.german !== undefined && leaf.english === undefined);
    const extra = leaves.filter((leaf) => leaf.german === undefined && leaf.english !== undefined);
    expect(missing.map((leaf) => leaf.path)).toEqual([]);
    expect(extra.map((leaf) => leaf.path)).toEqual([]);
  });

  it("has the same kind of value at every key", () => {
    const mismatched = leaves.filter((leaf) => typeof leaf.german !== typeof leaf.english);
    expect(mismatched.map((leaf) => leaf.path)).toEqual([]);
  });

  it("has no empty text", () => {
    expect(texts.length).toBeGreaterThan(300);
    const empty = texts.filter((leaf) => !isText(leaf.english));
    expect(empty.map((leaf) => leaf.path)).toEqual([]);
  });

  it("translates every text except a few names and loanwords", () => {
    const untranslated = texts.filter(
      (leaf) => leaf.german === leaf.english && !SAME_IN_BOTH.has(leaf.german as string),
    );
    expect(untranslated.map((leaf) => `${leaf.path}: ${leaf.german}`)).toEqual([]);
  });

  it("has functions that return texts for sample arguments, in both languages", () => {
    expect(functions.length).toBeGreaterThan(50);
    const broken = functions.filter((leaf) => {
      const german = sampleResult(leaf.german as (...args: unknown[]) => unknown);
      const english = sampleResult(leaf.english as (...args: unknown[]) => unknown);
      const ok = (value: unknown) => isText(value) || (Array.isArray(value) && value.every(isText));
      return !ok(german) || !ok(english);
    });
    expect(broken.map((leaf) => leaf.path)).toEqual([]);
  });

  it("formats dates and numbers by its own conventions", () => {
    expect(de.format.date("2018-11-07")).toBe("7. November 2018");
    expect(en.format.date("2018-11-07")).toBe("7 November 2018");
    expect(de.format.number(1234.5)).toBe("1.234,5");
    expect(en.format.number(1234.5)).toBe("1,234.5");
    // Times in the event's zone (Erfurt, UTC+1 in November), whatever the server's zone is.
    expect(de.format.dateTime(new Date("2018-11-07T09:30:00Z"))).toBe("07.11.2018, 10:30");
    expect(en.format.dateTime(new Date("2018-11-07T09:30:00Z"))).toBe("7 Nov 2018, 10:30");
  });
});

describe("message keys of the form schemas", () => {
  it("name the text at their place in every catalogue", () => {
    expect(messageKeys.join.wrongCode).toBe("join.wrongCode");
    expect(textAt(en, messageKeys.join.wrongCode)).toBe(en.join.wrongCode);
    expect(textAt(de, messageKeys.board.errors.reasonMissing)).toBe(de.board.errors.reasonMissing);
  });

  it("exist for every fixed text, and only for those", () => {
    for (const leaf of texts) {
      const key = leaf.path.replace(/^de\./, "");
      if (key.includes("[")) continue; // lists (e.g. a legal text's paragraphs) are not keyed
      expect(textAt(de, key), key).toBe(leaf.german);
      const keyed = key
        .split(".")
        .reduce<unknown>((node, name) => (node as Record<string, unknown>)?.[name], messageKeys);
      expect(keyed, key).toBe(key);
    }
    expect(textAt(de, "Nicht gefunden.")).toBeNull();
    expect(textAt(de, "join")).toBeNull(); // a section, not a text
    expect(textAt(de, "join.toString")).toBeNull();
  });
});

describe("counted words", () => {
  it("follow the language's plural rules, with the count formatted for the language", () => {
    expect(de.fahrplan.sources.votes(1)).toBe("1 Stimme");
    expect(de.fahrplan.sources.votes(3)).toBe("3 Stimmen");
    expect(de.fahrplan.sources.votes(1234)).toBe("1.234 Stimmen");
    expect(en.fahrplan.sources.votes(1)).toBe("1 vote");
    expect(en.fahrplan.sources.votes(1234)).toBe("1,234 votes");
    expect(de.join.tooManyAttempts(60)).toContain("1 Minute ");
    expect(de.join.tooManyAttempts(600)).toContain("10 Minuten ");
    expect(de.a11y.othersPresent(2)).toBe("Außer Ihnen sind 2 weitere Personen im Dokument.");
  });

  it("have no '(n)' or '/' stand-ins for a plural anywhere in the catalogues", () => {
    for (const leaf of functions) {
      const fn = leaf.german as (...args: unknown[]) => unknown;
      for (const count of [1, 2]) {
        let text: unknown;
        try {
          text = fn(count, count);
        } catch {
          continue;
        }
        if (typeof text === "string") expect(text, leaf.path).not.toMatch(/\((n|en|e|s)\)|Beitrag\/Beiträge/);
      }
    }
  });
});
