/**
 * Search and duplicate evaluation (issue #16): runs the moderators' search and the board's duplicate
 * suggestions over the labelled German set in tests/fixtures/german-search-eval.json and reports recall
 * and precision. Also times the suggestions for 1,000 contributions. Figures, not test thresholds: a
 * separate set the code has not seen is used to check them, so the point is German, not this set.
 */
import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { type AppDatabase, openDatabase } from "../db/client";
import { contributions, events, tracks } from "../db/schema";
import { seedCongress } from "../db/seed/seed";
import { suggestDuplicates } from "../server/fahrplan/duplicates";
import { Glossaries } from "../server/search/glossary";
import { search } from "../server/search/search";

interface EvalSet {
  contributions: { id: string; track: string; kind: "problem" | "step"; text: string }[];
  duplicates: { pair: [string, string]; case: string }[];
  queries: { query: string; expected: string[]; case: string }[];
}

export interface SearchEvalResult {
  contributions: number;
  search: { queries: number; recall: number; precision: number; missed: string[] };
  duplicates: { pairs: number; recallAt3: number; precisionAt3: number; found: number };
  /** The suggestions for 1,000 contributions: the first time and again. */
  suggestionsFor1000Ms: { first: number; next: number };
  /** One search over 1,000 contributions: the first (every text analysed) and the next (analyses cached). */
  searchFor1000Ms: { first: number; next: number };
}

const glossaries = new Glossaries(null);
const glossaryOf = () => glossaries.forEvent("");

const SET = JSON.parse(
  readFileSync(new URL("../tests/fixtures/german-search-eval.json", import.meta.url), "utf8"),
) as EvalSet;

export function runSearchEval(): SearchEvalResult {
  const { db, eventId } = databaseWith(SET.contributions);
  let truePositives = 0;
  let expectedTotal = 0;
  let hitsTotal = 0;
  const missed: string[] = [];
  for (const { query, expected } of SET.queries) {
    const hits = search(db, { eventIds: [eventId], query, glossaryOf, limit: 50 }).map((hit) => hit.id);
    const found = expected.filter((id) => hits.includes(id)).length;
    truePositives += found;
    expectedTotal += expected.length;
    hitsTotal += hits.length;
    if (found < expected.length) missed.push(`${query} (${found}/${expected.length})`);
    const extra = hits.filter((id) => !expected.includes(id));
    if (extra.length > 0) missed.push(`${query}: also ${extra.join(", ")}`);
  }

  // What the board shows: each contribution's three most similar ones among the suggestions.
  const suggestions = suggestDuplicates(db, eventId, { limit: Number.MAX_SAFE_INTEGER, glossary: glossaryOf() });
  const ranked = new Map<string, { id: string; similarity: number }[]>();
  for (const suggestion of suggestions) {
    for (const [a, b] of [
      [suggestion.first.id, suggestion.second.id],
      [suggestion.second.id, suggestion.first.id],
    ] as const) {
      ranked.set(a, [...(ranked.get(a) ?? []), { id: b, similarity: suggestion.similarity }]);
    }
  }
  const top3 = (id: string) =>
    (ranked.get(id) ?? [])
      .sort((x, y) => y.similarity - x.similarity)
      .slice(0, 3)
      .map((each) => each.id);
  const labelled = new Set(SET.duplicates.map(({ pair: [a, b] }) => [a, b].sort().join("|")));
  const found = SET.duplicates.filter(({ pair: [a, b] }) => top3(a).includes(b) || top3(b).includes(a)).length;
  let shown = 0;
  let right = 0;
  for (const { id } of SET.contributions) {
    for (const other of top3(id)) {
      shown += 1;
      if (labelled.has([id, other].sort().join("|"))) right += 1;
    }
  }
  db.$client.close();

  return {
    contributions: SET.contributions.length,
    search: {
      queries: SET.queries.length,
      recall: round(truePositives / expectedTotal),
      precision: round(hitsTotal === 0 ? 0 : truePositives / hitsTotal),
      missed,
    },
    duplicates: {
      pairs: SET.duplicates.length,
      found,
      recallAt3: round(found / SET.duplicates.length),
      precisionAt3: round(shown === 0 ? 0 : right / shown),
    },
    suggestionsFor1000Ms: timeSuggestions(1000),
    searchFor1000Ms: timeSearch(1000),
  };
}

/** `count` contributions: the set's texts again and again, each with a word of its own. */
function many(count: number): EvalSet["contributions"] {
  return Array.from({ length: count }, (_, n) => {
    const base = SET.contributions[n % SET.contributions.length] ?? SET.contributions[0];
    return { ...(base as EvalSet["contributions"][number]), id: `c${n}`, text: `${base?.text} Fall ${n}` };
  });
}

function timeSearch(count: number): { first: number; next: number } {
  // Texts of their own, so that the first search finds none of them analysed yet.
  const texts = many(count).map((item) => ({ ...item, text: item.text.replace(/Fall (\d+)$/, "Sitzung $1") }));
  const { db, eventId } = databaseWith(texts);
  const once = (query: string) => {
    const started = performance.now();
    search(db, { eventIds: [eventId], query, glossaryOf });
    return Math.round((performance.now() - started) * 10) / 10;
  };
  const first = once("Nutzerkonten buergerinnen");
  const next = once("Medienbruch");
  db.$client.close();
  return { first, next };
}

/** The board's suggestions: the first time (every text analysed) and again (analyses kept). */
function timeSuggestions(count: number): { first: number; next: number } {
  const { db, eventId } = databaseWith(many(count));
  const once = () => {
    const started = performance.now();
    suggestDuplicates(db, eventId, { glossary: glossaryOf() });
    return Math.round(performance.now() - started);
  };
  const first = once();
  const next = once();
  db.$client.close();
  return { first, next };
}

function databaseWith(items: EvalSet["contributions"]): { db: AppDatabase; eventId: string } {
  const db = openDatabase(":memory:");
  seedCongress(db);
  const event = db.select().from(events).get();
  if (!event) throw new Error("seeded congress missing");
  const trackIds = new Map(
    db
      .select()
      .from(tracks)
      .where(eq(tracks.eventId, event.id))
      .all()
      .map((track) => [track.slug, track.id]),
  );
  items.forEach((item, position) => {
    const trackId = trackIds.get(item.track);
    if (!trackId) throw new Error(`unknown track ${item.track}`);
    db.insert(contributions)
      .values({
        id: item.id,
        eventId: event.id,
        trackId,
        kind: item.kind,
        text: item.text,
        position,
        updatedAt: new Date(),
      })
      .run();
  });
  return { db, eventId: event.id };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
