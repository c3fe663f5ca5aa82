import { Form, useNavigation } from "react-router";
import { FormError, FormField } from "../components/form-field";
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

export { loadLogin as loader, performLoginAction as action } from "./login.server";

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
