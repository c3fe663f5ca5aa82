import { Form } from "react-router";
import { useMessages } from "../../i18n/messages";
import { FormError, FormField } from "../form-field";
import type { Rejection } from "./form-rejection";

export function CreateModerator({ moderatorCount, errors }: { moderatorCount: number; errors: Rejection | null }) {
  const t = useMessages();
  return (
    <section aria-labelledby="create-heading" className="admin-section">
      <h2 id="create-heading">{t.admin.moderators.createHeading}</h2>
      {/* Keyed by the number of accounts, so that the form (and its password) is emptied after creating one. */}
      <Form method="post" className="card stacked-form" noValidate key={moderatorCount}>
        <input type="hidden" name="intent" value="create-moderator" />
        <FormError message={errors?.formError} />
        <FormField
          label={t.admin.moderators.email}
          name="email"
          type="email"
          autoComplete="off"
          error={errors?.fieldErrors.email}
          required
        />
        <FormField
          label={t.admin.moderators.displayName}
          name="displayName"
          hint={t.admin.moderators.displayNameHint}
          autoComplete="off"
          error={errors?.fieldErrors.displayName}
          required
          maxLength={60}
        />
        <FormField
          label={t.admin.moderators.password}
          name="password"
          type="password"
          hint={t.admin.moderators.passwordHint}
          autoComplete="new-password"
          error={errors?.fieldErrors.password}
          required
          minLength={12}
        />
        <button type="submit">{t.admin.moderators.create}</button>
      </Form>
    </section>
  );
}
