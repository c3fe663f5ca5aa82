import type { AppDatabase } from "../../../db/client";
import { searchContributions } from "../../../server/contributions/search-index";
import { boardContributions } from "../../../server/fahrplan/board";
import { suggestDuplicates } from "../../../server/fahrplan/duplicates";
import { loadRoadmap } from "../../../server/fahrplan/roadmap";
import { excerptOf } from "../../../shared/excerpt";
import type { BoardFilters } from "../../forms/board-schemas";
import { filterRows } from "./board-filter";
import type { BoardRow, ContributionRef, EntryChoice } from "./types";

/**
 * The search narrows the board rather than ranking a page of hits, so it may return every contribution of
 * an event (the search's own default of 50 would silently hide matches).
 */
const SEARCH_LIMIT = 5000;

/** Everything the board shows of one event, filtered as the query string asks. */
export function loadBoardData(db: AppDatabase, eventId: string, filters: BoardFilters) {
  const all = boardContributions(db, eventId);
  const matchingIds = filters.q === undefined ? null : searchMatches(db, eventId, filters.q);
  const rows: BoardRow[] = filterRows(all, filters, matchingIds);
  return {
    rows,
    total: all.length,
    refs: all.map(toRef),
    suggestions: suggestDuplicates(db, eventId),
    entries: entryChoices(db, eventId),
  };
}

function searchMatches(db: AppDatabase, eventId: string, query: string): Set<string> {
  return new Set(searchContributions(db, { eventIds: [eventId], query, limit: SEARCH_LIMIT }).map((hit) => hit.id));
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
