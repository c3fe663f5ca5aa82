// What the loader and action of observe.tsx do, in a .server module so that none of the
// server's values reach the browser bundle (decision 016).
import { data, redirect } from "react-router";
import { trackPath } from "../../db/queries/tracks";
import { audit } from "../../server/auth/audit";
import { findObserverLink } from "../../server/auth/observer-links";
import { sessionCookie, sessionTokenFrom } from "../../server/auth/session-cookie";
import { SESSION_POLICY } from "../../server/auth/session-policy";
import { createSession, endSession } from "../../server/auth/sessions";
import type { Route } from "./+types/observe";

export function loadObserve({ params, context }: Route.LoaderArgs) {
  if (!findObserverLink(context.db, params.token)) throw data(null, { status: 404 });
  return null;
}

export function performObserveAction({ params, context, request }: Route.ActionArgs) {
  const { db, services } = context;
  const link = findObserverLink(db, params.token);
  if (!link) throw data(null, { status: 404 });
  const previous = sessionTokenFrom(request.headers.get("cookie"));
  if (previous) endSession(db, previous);
  const token = createSession(db, { observerLinkId: link.id });
  audit(db, services.logger, { action: "observer_link_opened", actor: `observer:${link.id}`, eventId: link.eventId });
  const secure = new URL(request.url).protocol === "https:";
  // A track link leads to its track; an event link to the overview.
  const target = (link.trackId && trackPath(db, link.trackId)) || "/";
  return redirect(target, {
    headers: { "Set-Cookie": sessionCookie(token, { secure, maxAgeMs: SESSION_POLICY.observer.absoluteMs }) },
  });
}
