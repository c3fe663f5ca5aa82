import { Form, redirect, useNavigation } from "react-router";
import { joinEvent } from "../../server/auth/join-event";
import { sessionCookie, sessionTokenFrom } from "../../server/auth/session-cookie";
import { SESSION_POLICY } from "../../server/auth/session-policy";
import { safeRedirectTarget } from "../auth/guards.server";
import { FormError, FormField } from "../components/form-field";
import { formErrors, parseForm, tooManyAttempts } from "../forms/parse-form.server";
import { joinSchema } from "../forms/schemas";
import { messagesFor } from "../i18n/locale.server";
import { useMessages } from "../i18n/messages";
import { metaMessages } from "../i18n/meta-messages";
import type { Route } from "./+types/join";

export function meta({ matches }: Route.MetaArgs) {
  const t = metaMessages(matches);
  return [{ title: `${t.join.title} – Fahrplan` }];
}

/** A join link may carry the code (`?code=`) and where to go afterwards (`?redirectTo=`). */
/** Passes the action's Retry-After on to the page's response (React Router drops it otherwise). */
export function headers({ actionHeaders }: Route.HeadersArgs) {
  return actionHeaders;
}

export function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  return { code: url.searchParams.get("code") ?? "", redirectTo: url.searchParams.get("redirectTo") ?? "" };
}

export async function action({ request, context }: Route.ActionArgs) {
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

export default function Join({ loaderData, actionData }: Route.ComponentProps) {
  const t = useMessages();
  const busy = useNavigation().state === "submitting";
  return (
    <main id="inhalt" className="page">
      <h1>{t.join.title}</h1>
      <p>{t.join.intro}</p>
      <Form method="post" className="card stacked-form" noValidate>
        <FormError message={actionData?.formError} />
        <FormField
          label={t.join.code}
          name="code"
          hint={t.join.codeHint}
          error={actionData?.fieldErrors.code}
          defaultValue={loaderData.code}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
        />
        <FormField
          label={t.join.displayName}
          name="displayName"
          hint={t.join.displayNameHint}
          error={actionData?.fieldErrors.displayName}
          autoComplete="name"
          maxLength={60}
          required
        />
        <FormField
          label={t.join.organisation}
          name="organisation"
          hint={t.join.organisationHint}
          error={actionData?.fieldErrors.organisation}
          autoComplete="organization"
          maxLength={100}
        />
        <input type="hidden" name="redirectTo" value={loaderData.redirectTo} />
        <button type="submit" disabled={busy}>
          {t.join.submit}
        </button>
      </Form>
    </main>
  );
}
