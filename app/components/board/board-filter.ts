import type { BoardFilters } from "../../forms/board-schemas";
import type { BoardRow } from "./types";

/**
 * The rows that pass every filter. `matchingIds` is the result of the full-text search when one was asked
 * for (null: no search). Filters are ANDed; an absent filter lets everything through.
 */
export function filterRows(rows: BoardRow[], filters: BoardFilters, matchingIds: ReadonlySet<string> | null) {
  return rows.filter(
    (row) =>
      (filters.track === undefined || row.trackId === filters.track) &&
      (filters.kind === undefined || row.kind === filters.kind) &&
      (filters.status === undefined || row.status === filters.status) &&
      (filters.minVotes === undefined || row.votes >= filters.minVotes) &&
      (matchingIds === null || matchingIds.has(row.id)),
  );
}

/** A track filter for a track of another event (a stale link after switching events) means "alle". */
export function withinEvent(filters: BoardFilters, trackIds: string[]): BoardFilters {
  return filters.track !== undefined && !trackIds.includes(filters.track) ? { ...filters, track: undefined } : filters;
}
