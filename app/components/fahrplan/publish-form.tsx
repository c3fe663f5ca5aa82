import { Form, useNavigation } from "react-router";
import type { PublicationChoices } from "../../../server/fahrplan/versions";
import { MAX_FASSUNG_NOTE_LENGTH, MAX_FASSUNG_TITLE_LENGTH } from "../../forms/publication-schemas";
import { useMessages } from "../../i18n/messages";
import { FormField, TextAreaField } from "../form-field";

interface PublishFormProps {
  /** The fingerprint of the draft being previewed: the server refuses if the draft has moved on since. */
  draftHash: string;
  nextLabel: string;
  publicUrl: string;
  hasEmptySections: boolean;
  errors: Record<string, string>;
  choices: PublicationChoices;
  onChange: (choices: PublicationChoices) => void;
}

/**
 * The form of publishing a Fassung: its title and note, what to do with empty sections, what publishing
 * means, and the confirmation it needs (required by the browser and again by the server).
 */
export function PublishForm({
  draftHash,
  nextLabel,
  publicUrl,
  hasEmptySections,
  errors,
  choices,
  onChange,
}: PublishFormProps) {
  const t = useMessages().publication.publish;
  const busy = useNavigation().state === "submitting";
  return (
    <Form method="post" className="stacked-form publish-form">
      <input type="hidden" name="draftHash" value={draftHash} />
      <FormField
        label={t.fassungTitle}
        name="title"
        hint={t.fassungTitleHint}
        error={errors.title}
        maxLength={MAX_FASSUNG_TITLE_LENGTH}
        value={choices.title}
        onChange={(event) => onChange({ ...choices, title: event.target.value })}
      />
      <TextAreaField
        label={t.note}
        name="note"
        hint={t.noteHint}
        error={errors.note}
        maxLength={MAX_FASSUNG_NOTE_LENGTH}
        rows={3}
        value={choices.note}
        onChange={(event) => onChange({ ...choices, note: event.target.value })}
      />
      <fieldset>
        <legend>{t.emptySections}</legend>
        {hasEmptySections ? (
          (["list", "omit"] as const).map((choice) => (
            <label key={choice} className="choice">
              <input
                type="radio"
                name="emptySections"
                value={choice}
                checked={choices.emptySections === choice}
                onChange={() => onChange({ ...choices, emptySections: choice })}
              />{" "}
              {choice === "list" ? t.emptySectionsList : t.emptySectionsOmit}
            </label>
          ))
        ) : (
          <p className="hint">{t.noEmptySections}</p>
        )}
      </fieldset>
      <h2>{t.consequences}</h2>
      <ul className="publish-consequences">
        {t.consequence(publicUrl).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div className="form-field">
        <label className="choice">
          <input
            type="checkbox"
            name="confirmed"
            value="yes"
            required
            aria-invalid={errors.confirmed ? true : undefined}
            aria-describedby={errors.confirmed ? "confirm-error" : undefined}
          />{" "}
          {t.confirm}
        </label>
        {errors.confirmed && (
          <p id="confirm-error" className="error">
            {errors.confirmed}
          </p>
        )}
      </div>
      <button type="submit" disabled={busy}>
        {t.submit(nextLabel)}
      </button>
    </Form>
  );
}
