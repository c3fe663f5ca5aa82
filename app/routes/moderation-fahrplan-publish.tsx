import { useState } from "react";
import { Form, Link, useNavigation } from "react-router";
import type { EmptySections } from "../../server/fahrplan/versions";
import { editorPath } from "../components/fahrplan/paths";
import { PublishedFahrplan } from "../components/fahrplan/published-fahrplan";
import { FormError, FormField, TextAreaField } from "../components/form-field";
import { MAX_FASSUNG_NOTE_LENGTH, MAX_FASSUNG_TITLE_LENGTH } from "../forms/publication-schemas";
import { useMessages } from "../i18n/messages";
import { metaMessages } from "../i18n/meta-messages";
import type { Route } from "./+types/moderation-fahrplan-publish";
import "../fahrplan.css";
import "../publication.css";

export function meta({ matches }: Route.MetaArgs) {
  return [{ title: `${metaMessages(matches).publication.publish.title} – Fahrplan` }];
}

/**
 * Publishing as a deliberate act (issue #15.2): the next Fassung previewed exactly as the public page
 * will show it, a title and a note for it, what publishing means, an explicit confirmation, and after it
 * the public link. The preview follows what is typed, so the title and note are seen where they will be.
 */
export { loadFahrplanPublishing as loader, publishFahrplan as action } from "./moderation-fahrplan-publish.server";

export default function PublishFahrplan({ loaderData, actionData }: Route.ComponentProps) {
  const { event, nextLabel, snapshot, draftHash, publicUrl, justPublished, plenaryOpen } = loaderData;
  const messages = useMessages();
  const t = messages.publication.publish;
  const busy = useNavigation().state === "submitting";
  const [title, setTitle] = useState("");
  const [note, setNote] = useState("");
  const [emptySections, setEmptySections] = useState<EmptySections>("list");
  const hasEmptySections = snapshot.sections.some((section) => section.entries.length === 0);
  const errors = actionData?.fieldErrors ?? {};
  return (
    <main id="inhalt" className="page page-wide publish-page">
      <p>
        <Link to={editorPath(event.id)}>{t.back}</Link>
      </p>
      <h1>{t.title}</h1>
      {justPublished && (
        <div role="status" className="done-message publish-done">
          <p>
            {t.done(justPublished.label)} <Link to={justPublished.path}>{t.doneLink}</Link>
          </p>
        </div>
      )}
      <p>{t.intro(nextLabel)}</p>
      {plenaryOpen && <p className="notice">{messages.plenary.publishWhileOpen}</p>}
      <FormError message={actionData?.error} />
      <Form method="post" className="stacked-form publish-form">
        <input type="hidden" name="draftHash" value={draftHash} />
        <FormField
          label={t.fassungTitle}
          name="title"
          hint={t.fassungTitleHint}
          error={errors.title}
          maxLength={MAX_FASSUNG_TITLE_LENGTH}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
        />
        <TextAreaField
          label={t.note}
          name="note"
          hint={t.noteHint}
          error={errors.note}
          maxLength={MAX_FASSUNG_NOTE_LENGTH}
          rows={3}
          value={note}
          onChange={(event) => setNote(event.target.value)}
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
                  checked={emptySections === choice}
                  onChange={() => setEmptySections(choice)}
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
      <section className="preview-frame" aria-label={t.previewLabel(nextLabel)}>
        <PublishedFahrplan
          snapshot={{ ...snapshot, publication: { title: title.trim(), note: note.trim(), emptySections } }}
          versionLine={t.previewLabel(nextLabel)}
        />
      </section>
    </main>
  );
}
