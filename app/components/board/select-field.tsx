import { type ReactNode, type SelectHTMLAttributes, useId } from "react";

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  name: string;
  hint?: string;
  /** The `<option>`s (and `<optgroup>`s). */
  children: ReactNode;
}

/** A labelled select with an optional hint, connected for screen readers. */
export function SelectField({ label, name, hint, children, ...select }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} aria-describedby={hint ? `${id}-hint` : undefined} {...select}>
        {children}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/** Options from value/label pairs. */
export function Options({ choices }: { choices: { value: string; label: string }[] }) {
  return (
    <>
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </>
  );
}
