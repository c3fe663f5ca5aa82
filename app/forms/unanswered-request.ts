import { isRouteErrorResponse } from "react-router";

/**
 * In the browser, whether a request got no answer from the app (network gone, server restarting, a 5xx).
 * The track page's panels (voting, phase and timer, private writing) poll and post through resource
 * routes; such a failure must not end up in the error boundary, which would replace the whole track page,
 * the live editor included. Answers the app gave on purpose (403, 404, redirects) still go their usual way.
 */
function isUnanswered(error: unknown): boolean {
  if (error instanceof Response) return false;
  return !isRouteErrorResponse(error) || error.status >= 500;
}

/**
 * Runs a route's server loader or action from the browser; when it gets no answer from the app, returns
 * `fallback()` instead (the panel then says the server is unreachable) rather than throwing.
 */
export async function orWhenUnanswered<T, F>(request: () => Promise<T>, fallback: () => F): Promise<T | F> {
  try {
    return await request();
  } catch (error) {
    if (isUnanswered(error)) return fallback();
    throw error;
  }
}
