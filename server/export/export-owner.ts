import type { FahrplanLoadContext } from "../load-context";

/** Whoever started an export: their session, or (for public exports without one) their browser. */
export function exportOwner(context: Pick<FahrplanLoadContext, "principal" | "visitorId">): string {
  return context.principal ? `session:${context.principal.sessionId}` : `visitor:${context.visitorId}`;
}
