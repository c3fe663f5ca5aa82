import { data } from "react-router";

/**
 * Every address that no other route knows. Its loader answers 404, so that the root's error page shows
 * it with the root's data (the visitor's language and navigation): for a request that matches no route
 * at all, the root loader would not run, and the page would fall back to German without a header.
 */
export function loader() {
  throw data(null, { status: 404 });
}

/** Never shown (the loader always throws); it makes this a page rather than a resource route. */
export default function NotFound() {
  return null;
}
