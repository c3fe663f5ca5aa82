import type { AppDatabase } from "../../../db/client";
import { boardContributions } from "../../../server/fahrplan/board";
import { similarByContribution, suggestDuplicates } from "../../../server/fahrplan/duplicates";
import { loadRoadmap } from "../../../server/fahrplan/roadmap";
import type { Glossary } from "../../../server/search/glossary";
import { search } from "../../../server/search/search";
import { excerptOf } from "../../../shared/excerpt";
import type { BoardFilters } from "../../forms/board-schemas";
import { filterRows } from "./board-filter";
import type { BoardRow, ContributionRef, EntryChoice } from "./types";

/**
 * The search narrows the board rather than ranking a page of hits, so it may return every contribution of
 * an event (the search's own default of 50 would silently hide matches).
 */
const SEARCH_LIMIT = 5000;
/** The pairs in "Mögliche Duplikate"; every contribution's own list of similar ones is complete. */
const SUGGESTIONS_SHOWN = 30;

/** Everything the board shows of one event, filtered as the query string asks. */
export function loadBoardData(db: AppDatabase, eventId: string, filters: BoardFilters, glossary: Glossary) {
  const all = boardContributions(db, eventId);
  const matchingIds = filters.q === undefined ? null : searchMatches(db, eventId, filters.q, glossary);
  const rows: BoardRow[] = filterRows(all, filters, matchingIds);
  const suggestions = suggestDuplicates(db, eventId, { glossary, limit: Number.POSITIVE_INFINITY });
  return {
    rows,
    total: all.length,
    refs: all.map(toRef),
    suggestions: suggestions.slice(0, SUGGESTIONS_SHOWN),
    similar: similarByContribution(suggestions),
    entries: entryChoices(db, eventId),
  };
}

function searchMatches(db: AppDatabase, eventId: string, query: string, glossary: Glossary): Set<string> {
  const hits = search(db, { eventIds: [eventId], query, glossaryOf: () => glossary, limit: SEARCH_LIMIT });
  return new Set(hits.filter((hit) => hit.type === "contribution").map((hit) => hit.id));
}

function toRef(row: BoardRow): ContributionRef {
  return { id: row.id, kind: row.kind, trackTitle: row.trackTitle, excerpt: excerptOf(row.text), deleted: row.deleted };
}

/** The Fahrplan's entries in their order, with their section, for "Zu Eintrag hinzufügen". */
function entryChoices(db: AppDatabase, eventId: string): EntryChoice[] {
  return loadRoadmap(db, eventId).sections.flatMap((section) =>
    section.entries.map((entry) => ({ id: entry.id, title: entry.title, sectionTitle: section.title })),
  );
}
