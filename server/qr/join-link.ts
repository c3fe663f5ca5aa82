/**
 * The address people reach the app at, for links that leave the screen (a QR code, a printed handout):
 * PUBLIC_URL when it is set, because behind a reverse proxy the request only shows the internal address;
 * otherwise the address the request came to.
 */
export function publicOrigin(publicUrl: string | null, request: Request): string {
  return new URL(publicUrl ?? request.url).origin;
}

/**
 * A track's join link: it fills in the event's join code on the join form and leads straight to the track
 * after joining. The one place this link is built (admin page, QR codes, handouts all use it), so that
 * what is printed and what is shown can never differ.
 */
export function trackJoinUrl(origin: string, code: string, track: { eventSlug: string; trackSlug: string }): string {
  const trackPath = `/events/${track.eventSlug}/tracks/${track.trackSlug}`;
  return `${origin}/join?code=${encodeURIComponent(code)}&redirectTo=${encodeURIComponent(trackPath)}`;
}
