import type { Messages } from "./i18n/messages-type";

/**
 * What both the public page and the exports need to lay out a Fassung the same way: the traceability
 * annex's types and words (issue #15.3) and which sections get a chapter (issue #15.4).
 */

/** What became of one contribution when a Fassung was made. `ref` ("B3") names it within that Fassung. */
export interface AnnexItem {
  ref: string;
  track: string;
  kind: "problem" | "step";
  text: string;
  /** As the board has it: erased identities are null already. Published only with the organisation option. */
  authorOrganisation: string | null;
  fate: AnnexFate;
}

export type AnnexFate =
  | { kind: "adopted"; entryId: string; entryTitle: string; mergedWith: string[] }
  | { kind: "rejected"; reason: string }
  /** `of` is null when the original was deleted from its document without being curated. */
  | { kind: "duplicate"; of: string | null }
  | { kind: "open" };

type AnnexTexts = Messages["publication"]["annex"];

/** The fate in words: "Aufgenommen in „…“, zusammen mit B4, B7", "Nicht aufgenommen. Begründung: …". */
export function fateText(fate: AnnexFate, t: AnnexTexts): string {
  switch (fate.kind) {
    case "adopted": {
      const adopted = t.adopted(fate.entryTitle);
      return fate.mergedWith.length > 0 ? `${adopted}, ${t.mergedWith(fate.mergedWith.join(", "))}` : adopted;
    }
    case "rejected":
      return t.rejected(fate.reason);
    case "duplicate":
      return fate.of ? t.duplicate(fate.of) : t.duplicateOfUnlisted;
    case "open":
      return t.open;
  }
}

/** "12 aufgenommen · 3 nicht aufgenommen · 2 Duplikate · 1 nicht entschieden". */
export function annexSummary(annex: AnnexItem[], t: AnnexTexts): string {
  const count = (kind: AnnexFate["kind"]) => annex.filter((item) => item.fate.kind === kind).length;
  return t.summary(count("adopted"), count("rejected"), count("duplicate"), count("open"));
}

/** The annex grouped by workshop, in the order of the annex (which is track order). */
export function annexByTrack(annex: AnnexItem[]): { track: string; items: AnnexItem[] }[] {
  const groups: { track: string; items: AnnexItem[] }[] = [];
  for (const item of annex) {
    const last = groups.at(-1);
    if (last?.track === item.track) last.items.push(item);
    else groups.push({ track: item.track, items: [item] });
  }
  return groups;
}

/**
 * Which sections become chapters: those with entries. Sections without entries are listed once (the
 * default, also for Fassungen published before the choice existed) or left out, as the moderator chose.
 */
export function chapterSections<S extends { title: string; entries: unknown[] }>(
  sections: S[],
  emptySections: "list" | "omit" = "list",
): { chapters: S[]; listedEmpty: string[] } {
  return {
    chapters: sections.filter((section) => section.entries.length > 0),
    listedEmpty:
      emptySections === "list" ? sections.filter((section) => section.entries.length === 0).map((s) => s.title) : [],
  };
}
