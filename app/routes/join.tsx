import { Form, useNavigation } from "react-router";
import { FormError, FormField } from "../components/form-field";
import { useMessages } from "../i18n/messages";
import { metaMessages } from "../i18n/meta-messages";
import type { Route } from "./+types/join";

export function meta({ matches }: Route.MetaArgs) {
  const t = metaMessages(matches);
  return [{ title: `${t.join.title} – Fahrplan` }];
}

/** Passes the action's Retry-After on to the page's response (React Router drops it otherwise). */
export function headers({ actionHeaders }: Route.HeadersArgs) {
  return actionHeaders;
}

/** A join link may carry the code (`?code=`) and where to go afterwards (`?redirectTo=`). */
export { loadJoin as loader, performJoinAction as action } from "./join.server";

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
