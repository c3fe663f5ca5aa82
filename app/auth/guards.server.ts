import { data, redirect } from "react-router";
import { type AccountPrincipal, isAdmin, moderatesInEvent, type Principal } from "../../server/auth/principal";
import type { FahrplanLoadContext } from "../../server/load-context";

/**
 * Guards for loaders and actions. `getX` would return null; `requireX` throws: a redirect to the login or
 * join page for people without a session, 403 for people without the right. Every route that shows or
 * changes something protected calls one of these itself (parent loaders do not protect child actions).
 */

function here(request: Request): string {
  const url = new URL(request.url);
  return `${url.pathname}${url.search}`;
}

export function requirePrincipal(context: FahrplanLoadContext, request: Request): Principal {
  if (context.principal) return context.principal;
  throw redirect(`/join?redirectTo=${encodeURIComponent(here(request))}`);
}

export function requireAccount(context: FahrplanLoadContext, request: Request): AccountPrincipal {
  const principal = context.principal;
  if (principal?.kind === "account") return principal;
  if (!principal) throw redirect(`/login?redirectTo=${encodeURIComponent(here(request))}`);
  throw forbidden();
}

export function requireAdmin(context: FahrplanLoadContext, request: Request): AccountPrincipal {
  const account = requireAccount(context, request);
  if (!isAdmin(account)) throw forbidden();
  return account;
}

/** An account that moderates the event as a whole or some of its tracks (or an admin). */
export function requireModeratorIn(context: FahrplanLoadContext, request: Request, eventId: string): AccountPrincipal {
  const account = requireAccount(context, request);
  if (!moderatesInEvent(account, eventId)) throw forbidden();
  return account;
}

/** 403 without words: every error page shows `errors.forbidden` by the status, in the visitor's language. */
export function forbidden() {
  return data(null, { status: 403 });
}

/** 404 without words, as `forbidden`: the error page says it by the status. */
export function notFound() {
  return data(null, { status: 404 });
}

/** Only same-site paths are followed after login or joining, never another host. */
export function safeRedirectTarget(target: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof target !== "string" || !target.startsWith("/") || target.startsWith("//") || target.includes("\\")) {
    return fallback;
  }
  return target;
}
