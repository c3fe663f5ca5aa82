/**
 * A link as people read it: the query's values decoded (`redirectTo=/events/…/tracks/ozg` instead of
 * `redirectTo=%2Fevents%2F…`). For showing only: the `href` and what is copied stay the real link.
 */
export function readableLink(href: string): string {
  const url = new URL(href);
  const query = [...url.searchParams].map(([name, value]) => `${name}=${value}`).join("&");
  return `${url.origin}${url.pathname}${query ? `?${query}` : ""}`;
}
