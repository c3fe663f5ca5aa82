// What the loader and action of login.tsx do, in a .server module so that none of the
// server's values reach the browser bundle (decision 016).
import { redirect } from "react-router";
import { logIn } from "../../server/auth/log-in";
import { sessionCookie, sessionTokenFrom } from "../../server/auth/session-cookie";
import { SESSION_POLICY } from "../../server/auth/session-policy";
import { safeRedirectTarget } from "../auth/guards.server";
import { formErrors, parseForm, tooManyAttempts } from "../forms/parse-form.server";
import { loginSchema } from "../forms/schemas";
import { messagesFor } from "../i18n/locale.server";
import type { Route } from "./+types/login";

export function loadLogin({ request }: Route.LoaderArgs) {
  return { redirectTo: new URL(request.url).searchParams.get("redirectTo") ?? "" };
}

export async function performLoginAction({ request, context }: Route.ActionArgs) {
  const { db, services, visitorId } = context;
  const t = messagesFor(request);
  const form = await parseForm(request, loginSchema);
  if (!form.ok) return formErrors(form, form.status);
  const { email, password, redirectTo } = form.data;
  const previousSession = sessionTokenFrom(request.headers.get("cookie"));
  const deps = { db, logger: services.logger, attempts: services.loginAttempts };
  const loggedIn = await logIn(deps, { email, password, visitorId, previousSession });
  if (!loggedIn.ok && loggedIn.reason === "too-many-attempts") {
    return tooManyAttempts(loggedIn.retryAfterSeconds, t.login.tooManyAttempts);
  }
  if (!loggedIn.ok) return formErrors({ formError: t.login.failed }, 400);
  const secure = new URL(request.url).protocol === "https:";
  const fallback = loggedIn.role === "admin" ? "/admin" : "/moderation";
  return redirect(safeRedirectTarget(redirectTo, fallback), {
    headers: {
      "Set-Cookie": sessionCookie(loggedIn.token, { secure, maxAgeMs: SESSION_POLICY.account.absoluteMs }),
    },
  });
}
