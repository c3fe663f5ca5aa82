/** The URLs of the Fahrplan pages, built in one place. */

/** The editor of an event: where every editor form posts, and where every success leads back to. */
export function editorPath(eventId: string): string {
  return `/moderation/fahrplan?event=${encodeURIComponent(eventId)}`;
}

/** The public page: the latest published version, or the given one. */
export function publicPath(eventSlug: string, number?: number): string {
  const base = `/fahrplan/${encodeURIComponent(eventSlug)}`;
  return number === undefined ? base : `${base}?fassung=${number}`;
}

export const COMPARE_PATH = "/moderation/fahrplan/compare";

/** Preview and publishing of the next Fassung of an event. */
export function publishPath(eventId: string): string {
  return `/moderation/fahrplan/publish?event=${encodeURIComponent(eventId)}`;
}
