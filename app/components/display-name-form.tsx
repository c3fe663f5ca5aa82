import { type FormEvent, useId, useState } from "react";
import {
  MAX_DISPLAY_NAME_LENGTH,
  type ParticipantIdentity,
  saveIdentity,
  validateDisplayName,
} from "../collab/participant-identity";
import { useMessages } from "../i18n/messages";

export function DisplayNameForm({ onSaved }: { onSaved: (identity: ParticipantIdentity) => void }) {
  const t = useMessages();
  const inputId = useId();
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name") ?? "");
    const problem = validateDisplayName(name, t.displayName);
    setError(problem);
    if (!problem) onSaved(saveIdentity(name));
  };

  return (
    <form className="card display-name-form" onSubmit={submit} noValidate>
      <h2>{t.displayName.heading}</h2>
      <label htmlFor={inputId}>{t.displayName.label}</label>
      <input
        id={inputId}
        name="name"
        autoComplete="name"
        maxLength={MAX_DISPLAY_NAME_LENGTH + 20}
        aria-describedby={`${inputId}-hint${error ? ` ${inputId}-error` : ""}`}
        aria-invalid={error ? true : undefined}
        // biome-ignore lint/a11y/noAutofocus: the form is the only thing on the page the participant can do next
        autoFocus
      />
      <p id={`${inputId}-hint`} className="hint">
        {t.displayName.hint}
      </p>
      {error && (
        <p id={`${inputId}-error`} className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit">{t.displayName.submit}</button>
    </form>
  );
}
