import { type Editor, useEditorState } from "@tiptap/react";
import { type FormEvent, useId, useState } from "react";
import type { ContributionKind } from "../../shared/contribution-schema";
import { useMessages } from "../i18n/messages";
import { problemsOf } from "./problems";

/**
 * Plain forms that add a problem or a step to the same live document, for people who use a screen reader
 * or the keyboard only and would rather not work inside the rich-text editor. Focus stays in the form; a
 * live region confirms what was added.
 */
export function ContributionForms({ editor }: { editor: Editor }) {
  const t = useMessages();
  const [announcement, setAnnouncement] = useState("");
  const problems = useEditorState({ editor, selector: ({ editor: current }) => problemsOf(current.state.doc) });
  const add = (kind: ContributionKind, text: string, problemIds: string[]) => {
    editor.commands.insertContribution(kind, { text, problemIds });
    setAnnouncement(t.contributions.added(t.contributions.kind[kind]));
  };
  return (
    <section className="contribution-forms" aria-labelledby="contribution-forms-heading">
      <h2 id="contribution-forms-heading">{t.contributions.formsHeading}</h2>
      <ContributionForm
        kind="problem"
        heading={t.contributions.problemFormHeading}
        label={t.contributions.problemLabel}
        submit={t.contributions.problemSubmit}
        problems={[]}
        onAdd={add}
      />
      <ContributionForm
        kind="step"
        heading={t.contributions.stepFormHeading}
        label={t.contributions.stepLabel}
        submit={t.contributions.stepSubmit}
        problems={problems}
        onAdd={add}
      />
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </section>
  );
}

interface ContributionFormProps {
  kind: ContributionKind;
  heading: string;
  label: string;
  submit: string;
  problems: { id: string; label: string }[];
  onAdd: (kind: ContributionKind, text: string, problemIds: string[]) => void;
}

function ContributionForm({ kind, heading, label, submit, problems, onAdd }: ContributionFormProps) {
  const t = useMessages();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const text = String(data.get("text") ?? "").trim();
    if (text === "") {
      setError(t.contributions.textRequired);
      return;
    }
    setError(null);
    onAdd(kind, text, data.getAll("problemIds").map(String));
    form.reset();
  };
  return (
    <form
      className="card stacked-form contribution-form"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`${id}-heading`}
    >
      <h3 id={`${id}-heading`}>{heading}</h3>
      <div className="form-field">
        <label htmlFor={`${id}-text`}>{label}</label>
        <textarea
          id={`${id}-text`}
          name="text"
          rows={3}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        {error && (
          <p id={`${id}-error`} className="error">
            {error}
          </p>
        )}
      </div>
      {kind === "step" && problems.length > 0 && (
        <fieldset>
          <legend>{t.contributions.stepLinksLegend}</legend>
          {problems.map((problem) => (
            <label key={problem.id} className="checkbox">
              <input type="checkbox" name="problemIds" value={problem.id} /> {problem.label}
            </label>
          ))}
        </fieldset>
      )}
      <button type="submit">{submit}</button>
    </form>
  );
}
