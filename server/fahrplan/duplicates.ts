import { and, eq, isNull, notExists } from "drizzle-orm";
import type { AppDatabase } from "../../db/client";
import { contributionDecisions, contributions, entrySources, tracks } from "../../db/schema";
import type { Glossary } from "../search/glossary";
import { similarPairs } from "./similarity";

/** Below this, two contributions share too little to be worth a moderator's look. */
const THRESHOLD = 0.12;
/** Each contribution's most similar ones that the board shows. */
const PER_CONTRIBUTION = 3;

export interface DuplicateSuggestion {
  similarity: number;
  /** The shared words that weigh most: why the two are suggested. */
  sharedWords: string[];
  first: { id: string; text: string; trackTitle: string };
  second: { id: string; text: string; trackTitle: string };
}

/**
 * Likely duplicates among the open contributions of an event (not adopted, not decided, not deleted),
 * weighed by TF-IDF (server/fahrplan/similarity.ts): for each contribution its three most similar ones,
 * from any track and of either kind (a step often answers the problem beside it), most similar first.
 */
export function suggestDuplicates(
  db: AppDatabase,
  eventId: string,
  options: { threshold?: number; limit?: number; glossary?: Glossary } = {},
): DuplicateSuggestion[] {
  const open = db
    .select({ id: contributions.id, text: contributions.text, trackTitle: tracks.title })
    .from(contributions)
    .innerJoin(tracks, eq(contributions.trackId, tracks.id))
    .where(
      and(
        eq(contributions.eventId, eventId),
        isNull(contributions.deletedAt),
        notExists(db.select().from(entrySources).where(eq(entrySources.contributionId, contributions.id))),
        notExists(
          db.select().from(contributionDecisions).where(eq(contributionDecisions.contributionId, contributions.id)),
        ),
      ),
    )
    .all();
  const pairs = similarPairs(
    open.map((row) => row.text),
    options.threshold ?? THRESHOLD,
    options.glossary,
  );
  // A pair is shown when it is among the closest of either of its two contributions.
  const closest = new Map<number, number[]>();
  for (const [index, pair] of pairs.entries()) {
    for (const side of [pair.a, pair.b]) closest.set(side, [...(closest.get(side) ?? []), index]);
  }
  const shown = new Set<number>();
  for (const indexes of closest.values()) {
    const best = indexes.sort((x, y) => (pairs[y]?.score ?? 0) - (pairs[x]?.score ?? 0)).slice(0, PER_CONTRIBUTION);
    for (const index of best) shown.add(index);
  }
  const side = (index: number) => {
    const row = open[index] as (typeof open)[number];
    return { id: row.id, text: row.text, trackTitle: row.trackTitle };
  };
  return [...shown]
    .map((index) => pairs[index] as (typeof pairs)[number])
    .sort((x, y) => y.score - x.score)
    .slice(0, options.limit ?? 30)
    .map((pair) => ({
      similarity: Math.round(pair.score * 100) / 100,
      sharedWords: pair.sharedWords,
      first: side(pair.a),
      second: side(pair.b),
    }));
}

/** A contribution like another one, from that one's point of view: for its list of "ähnliche Beiträge". */
export interface SimilarContribution {
  id: string;
  similarity: number;
  sharedWords: string[];
}

/**
 * Each contribution's most similar ones, most similar first, from the suggestions (given without a limit):
 * what the board shows beside each contribution.
 */
export function similarByContribution(suggestions: DuplicateSuggestion[]): Record<string, SimilarContribution[]> {
  const similar: Record<string, SimilarContribution[]> = {};
  for (const { first, second, similarity, sharedWords } of suggestions) {
    for (const [one, other] of [
      [first, second],
      [second, first],
    ] as const) {
      similar[one.id] = [...(similar[one.id] ?? []), { id: other.id, similarity, sharedWords }];
    }
  }
  for (const id of Object.keys(similar)) {
    similar[id] = (similar[id] ?? []).sort((x, y) => y.similarity - x.similarity).slice(0, PER_CONTRIBUTION);
  }
  return similar;
}
