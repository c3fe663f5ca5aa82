/**
 * Same-origin check for state-changing requests and WebSocket upgrades (CSRF and cross-site WebSocket
 * hijacking). A browser always sends `Origin` on these; it must name this app. The app's origin is
 * PUBLIC_URL when set (behind a proxy), else the request's own Host.
 *
 * A request without `Origin` comes from a non-browser client (curl, a script), which cannot be made to
 * carry someone else's cookie by a foreign page, so it is let through to the normal authorisation.
 */
export function isAllowedOrigin(
  origin: string | null | undefined,
  request: { host: string | null | undefined; secure: boolean },
  publicUrl: string | null,
): boolean {
  if (origin === undefined || origin === null) return true;
  if (origin === "null") return false;
  const expected = publicUrl
    ? new URL(publicUrl).origin
    : `${request.secure ? "https" : "http"}://${request.host ?? ""}`;
  try {
    return new URL(origin).origin === expected;
  } catch {
    return false;
  }
}
