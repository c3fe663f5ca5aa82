import { Form, redirect, useNavigation } from "react-router";
import { findUserByEmail, normaliseEmail } from "../../server/auth/accounts";
import { audit } from "../../server/auth/audit";
import { hashForUnknownUser, verifyPassword } from "../../server/auth/passwords";
import { sessionCookie, sessionTokenFrom } from "../../server/auth/session-cookie";
import { SESSION_POLICY } from "../../server/auth/session-policy";
import { createSession, endSession } from "../../server/auth/sessions";
import { pseudonymFor } from "../../server/privacy/pseudonym";
import { safeRedirectTarget } from "../auth/guards.server";
import { FormError, FormField } from "../components/form-field";
import { formErrors, parseForm } from "../forms/parse-form.server";
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
  const email = normaliseEmail(form.data.email);

  const keys = [`visitor:${visitorId}`, `email:${email}`];
  const wait = Math.max(...keys.map((key) => services.loginAttempts.retryAfterSeconds(key)));
  if (wait > 0) {
    return formErrors(
      { formError: t.login.tooManyAttempts(wait) },
      { status: 429, headers: { "Retry-After": String(wait) } },
    );
  }
  // The same work and the same answer whether or not the address has an account: no user enumeration.
  const user = findUserByEmail(db, email);
  const passwordMatches = await verifyPassword(form.data.password, user?.passwordHash ?? (await hashForUnknownUser()));
  if (!user || user.disabledAt || !passwordMatches) {
    for (const key of keys) services.loginAttempts.hit(key);
    audit(db, services.logger, {
      action: "login_failed",
      actor: "anonymous",
      details: { email: pseudonymFor(db, email), visitorId },
    });
    return formErrors({ formError: t.login.failed }, 400);
  }

  // A new session on every login (never reuse one that existed before it: session fixation).
  const previous = sessionTokenFrom(request.headers.get("cookie"));
  if (previous) endSession(db, previous);
  const token = createSession(db, { userId: user.id });
  audit(db, services.logger, { action: "login", actor: `user:${user.id}`, details: {} });
  const secure = new URL(request.url).protocol === "https:";
  const fallback = user.role === "admin" ? "/admin" : "/moderation";
  return redirect(safeRedirectTarget(form.data.redirectTo, fallback), {
    headers: { "Set-Cookie": sessionCookie(token, { secure, maxAgeMs: SESSION_POLICY.account.absoluteMs }) },
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
