import { sql } from "drizzle-orm";
import type { AppDatabase } from "../../db/client";
import { type Contribution, contributions, tracks } from "../../db/schema";

/**
 * Full-text search over the contributions (FTS5 table `contributions_search`, migration 0003). The index
 * holds each contribution's text folded by `foldGerman`, and queries are folded the same way, so that
 * "Straße", "STRASSE" and "Strasse" or "Schlüssel" and "Schluessel" find each other: people write umlauts
 * as ae/oe/ue on keyboards without them, and capitals lose the ß.
 *
 * The extraction of the read model calls `indexContribution` and `unindexContribution` in its transaction.
 * They take anything that can run a statement, so the transaction handle (`tx`) works as well as the
 * database; with better-sqlite3 both share the one connection anyway.
 */

/** What writing to the index needs: the database or a transaction on it. */
export type SearchIndexWriter = Pick<AppDatabase, "run">;

export interface SearchHit {
  id: string;
  trackId: string;
  trackTitle: string;
  kind: Contribution["kind"];
  text: string;
  authorName: string | null;
  authorOrganisation: string | null;
}

export interface SearchOptions {
  /** The events the searcher may see; contributions of other events are never returned. */
  eventIds: string[];
  query: string;
  /** At most this many hits (default 50). */
  limit?: number;
}

const DEFAULT_LIMIT = 50;
/** Every term is a prefix query; a bound keeps a pasted paragraph from becoming an expensive query. */
const MAX_TERMS = 20;

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

/** Puts the contribution's current text into the index, replacing what was there. */
export function indexContribution(db: SearchIndexWriter, row: { id: string; eventId: string; text: string }): void {
  unindexContribution(db, row.id);
  db.run(sql`
    INSERT INTO contributions_search (contribution_id, event_id, body)
    VALUES (${row.id}, ${row.eventId}, ${foldGerman(row.text)})
  `);
}

/** Removes the contribution from the index (deleted in its document). */
export function unindexContribution(db: SearchIndexWriter, id: string): void {
  db.run(sql`DELETE FROM contributions_search WHERE contribution_id = ${id}`);
}

/**
 * The user's words as an FTS5 expression: every word quoted (so that `"`, `*`, `NEAR(`, `OR` or `-` are
 * only ever text, never query syntax) and made a prefix, so that "Akte" also finds "Akten" and
 * "Aktenführung". Words separated by spaces are ANDed by FTS5. Null when no word is left.
 */
function toMatchExpression(query: string): string | null {
  const words = query.normalize("NFC").match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  const terms = [...new Set(words.map(foldGerman).filter((term) => term.length > 0))].slice(0, MAX_TERMS);
  if (terms.length === 0) return null;
  return terms.map((term) => `"${term.replaceAll('"', '""')}"*`).join(" ");
}

/** The best matching contributions of the given events that are still in their documents, best first. */
export function searchContributions(db: AppDatabase, options: SearchOptions): SearchHit[] {
  const match = toMatchExpression(options.query);
  if (match === null || options.eventIds.length === 0) return [];
  const limit = normaliseLimit(options.limit);
  // Every value below is a bound parameter, the MATCH expression too; the array becomes `(?, ?, …)`.
  return db.all<SearchHit>(sql`
    SELECT ${contributions.id} AS id,
           ${contributions.trackId} AS trackId,
           ${tracks.title} AS trackTitle,
           ${contributions.kind} AS kind,
           ${contributions.text} AS text,
           ${contributions.authorName} AS authorName,
           ${contributions.authorOrganisation} AS authorOrganisation
    FROM contributions_search
    JOIN ${contributions} ON ${contributions.id} = contributions_search.contribution_id
    JOIN ${tracks} ON ${tracks.id} = ${contributions.trackId}
    WHERE contributions_search MATCH ${match}
      AND ${contributions.deletedAt} IS NULL
      AND ${contributions.eventId} IN ${options.eventIds}
    ORDER BY bm25(contributions_search), ${contributions.position}, ${contributions.id}
    LIMIT ${limit}
  `);
}

function normaliseLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.max(1, Math.floor(limit));
}
