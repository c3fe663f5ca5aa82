// What the loader of root.tsx does, in a .server module so that none of the
// server's values reach the browser bundle (decision 016).
import { actorOf, isAdmin } from "../server/auth/principal";
import type { Route } from "./+types/root";
import { localeOf } from "./i18n/locale.server";

export function loadRoot({ context, request }: Route.LoaderArgs) {
  const principal = context.principal;
  return {
    locale: localeOf(request),
    cspNonce: context.cspNonce,
    requestId: context.requestId,
    viewer: principal
      ? {
          kind: principal.kind,
          // Whose pages the service worker keeps for reloading offline (offline-pages.ts): an id, no name.
          owner: actorOf(principal),
          name: principal.kind === "observer" ? null : principal.displayName,
          isAdmin: isAdmin(principal),
          isAccount: principal.kind === "account",
        }
      : null,
  };
}
