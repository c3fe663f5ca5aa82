import { Form, redirect, useNavigation } from "react-router";
import { logIn } from "../../server/auth/log-in";
import { sessionCookie, sessionTokenFrom } from "../../server/auth/session-cookie";
import { SESSION_POLICY } from "../../server/auth/session-policy";
import { safeRedirectTarget } from "../auth/guards.server";
import { FormError, FormField } from "../components/form-field";
import { formErrors, parseForm, tooManyAttempts } from "../forms/parse-form.server";
import { loginSchema } from "../forms/schemas";
import { messagesFor } from "../i18n/locale.server";
import { useMessages } from "../i18n/messages";
import { metaMessages } from "../i18n/meta-messages";
import type { Route } from "./+types/login";

export function meta({ matches }: Route.MetaArgs) {
  const t = metaMessages(matches);
  return [{ title: `${t.login.title} – Fahrplan` }];
}

/** Passes the action's Retry-After on to the page's response (React Router drops it otherwise). */
export function headers({ actionHeaders }: Route.HeadersArgs) {
  return actionHeaders;
}

export function loader({ request }: Route.LoaderArgs) {
  return { redirectTo: new URL(request.url).searchParams.get("redirectTo") ?? "" };
}

export async function action({ request, context }: Route.ActionArgs) {
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

export default function Login({ loaderData, actionData }: Route.ComponentProps) {
  const t = useMessages();
  const busy = useNavigation().state === "submitting";
  return (
    <main id="inhalt" className="page">
      <h1>{t.login.title}</h1>
      <p>{t.login.intro}</p>
      <Form method="post" className="card stacked-form" noValidate>
        <FormError message={actionData?.formError} />
        <FormField
          label={t.login.email}
          name="email"
          type="email"
          autoComplete="username"
          error={actionData?.fieldErrors.email}
          required
        />
        <FormField
          label={t.login.password}
          name="password"
          type="password"
          autoComplete="current-password"
          error={actionData?.fieldErrors.password}
          required
        />
        <input type="hidden" name="redirectTo" value={loaderData.redirectTo} />
        <button type="submit" disabled={busy}>
          {t.login.submit}
        </button>
      </Form>
    </main>
  );
}
