/**
 * The stored values of a Fahrplan entry's fields. The schema (db/schema/fahrplan.ts) constrains its
 * columns to them and the entry form (app/forms/fahrplan-schemas.ts) offers them: one list for both sides.
 */
export const RESPONSIBLE_PARTIES = ["land", "kommunen", "land_und_kommunen", "bund", "other"] as const;
export const TIME_HORIZONS = ["short", "medium", "long", "quarter"] as const;
export const PRIORITIES = ["high", "medium", "low"] as const;
export const ENTRY_STATUSES = ["draft", "agreed", "in_progress", "done"] as const;
