// What the loader and action of join.tsx do, in a .server module so that none of the
// server's values reach the browser bundle (decision 016).
import { redirect } from "react-router";
import { joinEvent } from "../../server/auth/join-event";
import { sessionCookie, sessionTokenFrom } from "../../server/auth/session-cookie";
import { SESSION_POLICY } from "../../server/auth/session-policy";
import { safeRedirectTarget } from "../auth/guards.server";
import { formErrors, parseForm, tooManyAttempts } from "../forms/parse-form.server";
import { joinSchema } from "../forms/schemas";
import { messagesFor } from "../i18n/locale.server";
import type { Route } from "./+types/join";

export function loadJoin({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  return { code: url.searchParams.get("code") ?? "", redirectTo: url.searchParams.get("redirectTo") ?? "" };
}

export async function performJoinAction({ request, context }: Route.ActionArgs) {
  const { db, services, visitorId } = context;
  const t = messagesFor(request);
  const form = await parseForm(request, joinSchema);
  if (!form.ok) return formErrors(form, form.status);
  const { code, displayName, organisation, redirectTo } = form.data;
  const previousSession = sessionTokenFrom(request.headers.get("cookie"));
  const deps = { db, logger: services.logger, attempts: services.joinAttempts };
  const joined = joinEvent(deps, { code, displayName, organisation, visitorId, previousSession });
  if (!joined.ok && joined.reason === "too-many-attempts") {
    return tooManyAttempts(joined.retryAfterSeconds, t.join.tooManyAttempts);
  }
  if (!joined.ok) return formErrors({ fieldErrors: { code: t.join.wrongCode } }, 400);
  const secure = new URL(request.url).protocol === "https:";
  return redirect(safeRedirectTarget(redirectTo), {
    headers: {
      "Set-Cookie": sessionCookie(joined.token, { secure, maxAgeMs: SESSION_POLICY.participant.absoluteMs }),
    },
  });
}
