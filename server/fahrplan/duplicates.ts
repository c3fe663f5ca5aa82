import { stemmer } from "@orama/stemmers/german";
import { and, eq, isNull, notExists } from "drizzle-orm";
import type { AppDatabase } from "../../db/client";
import { contributionDecisions, contributions, entrySources, tracks } from "../../db/schema";

/** Words that say nothing about the topic of a contribution. */
const STOPWORDS = new Set(
  "der die das den dem des ein eine einer eines einem einen und oder aber nicht kein keine mit von vom zu zur zum im in an am auf für fuer bei aus als auch ist sind wird werden wurde muss müssen muessen soll sollen kann können koennen es sie er wir ihr man sich noch nur mehr sehr so wie was wer über ueber unter nach vor durch bis um".split(
    " ",
  ),
);

export interface DuplicateSuggestion {
  similarity: number;
  first: { id: string; text: string; trackTitle: string };
  second: { id: string; text: string; trackTitle: string };
}

/** The stems of a text's meaningful words: "Schnittstellen" and "Schnittstelle" share "schnittstell". */
export function topicStems(text: string): Set<string> {
  const words = text.toLocaleLowerCase("de").match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((word) => word.length > 2 && !STOPWORDS.has(word)).map((word) => stemmer(word)));
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const stem of a) if (b.has(stem)) shared++;
  return (2 * shared) / (a.size + b.size); // Dice coefficient
}

/**
 * Likely duplicates among the open contributions of an event (not adopted, not decided, not deleted):
 * pairs of the same kind from different tracks whose word stems overlap enough. Stemming copes with German
 * inflection ("Akten"/"Akte" aside, most plural and case endings).
 */
export function suggestDuplicates(
  db: AppDatabase,
  eventId: string,
  options: { threshold?: number; limit?: number } = {},
): DuplicateSuggestion[] {
  const threshold = options.threshold ?? 0.5;
  const open = db
    .select({
      id: contributions.id,
      kind: contributions.kind,
      text: contributions.text,
      trackId: contributions.trackId,
      trackTitle: tracks.title,
    })
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
    .all()
    .map((row) => ({ ...row, stems: topicStems(row.text) }));
  const suggestions: DuplicateSuggestion[] = [];
  for (let i = 0; i < open.length; i++) {
    for (let j = i + 1; j < open.length; j++) {
      const a = open[i];
      const b = open[j];
      if (!a || !b || a.kind !== b.kind || a.trackId === b.trackId) continue;
      const score = similarity(a.stems, b.stems);
      if (score < threshold) continue;
      suggestions.push({
        similarity: Math.round(score * 100) / 100,
        first: { id: a.id, text: a.text, trackTitle: a.trackTitle },
        second: { id: b.id, text: b.text, trackTitle: b.trackTitle },
      });
    }
  }
  return suggestions.sort((x, y) => y.similarity - x.similarity).slice(0, options.limit ?? 30);
}
