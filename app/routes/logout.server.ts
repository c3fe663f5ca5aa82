// What the action of logout.tsx does, in a .server module so that none of the
// server's values reach the browser bundle (decision 016).
import { redirect } from "react-router";
import { audit } from "../../server/auth/audit";
import { actorOf } from "../../server/auth/principal";
import { clearedSessionCookie, sessionTokenFrom } from "../../server/auth/session-cookie";
import { endSession } from "../../server/auth/sessions";
import type { Route } from "./+types/logout";

export function performLogoutAction({ request, context }: Route.ActionArgs) {
  const { db, services, principal } = context;
  const token = sessionTokenFrom(request.headers.get("cookie"));
  if (token) endSession(db, token);
  if (principal) {
    services.connections.closeWhere((grant) => grant.principal.sessionId === principal.sessionId);
    audit(db, services.logger, { action: "logout", actor: actorOf(principal) });
  }
  const secure = new URL(request.url).protocol === "https:";
  const headers = new Headers({ "Set-Cookie": clearedSessionCookie({ secure }) });
  // The browser's local copies of the documents (ADR 013) go with the session: the privacy page promises
  // it. Browsers that honour this header delete them at once; the pages also delete them themselves.
  headers.set("Clear-Site-Data", '"storage"');
  return redirect("/", { headers });
}
