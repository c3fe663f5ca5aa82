import { type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes, useId } from "react";

interface FieldProps {
  label: string;
  name: string;
  hint?: string;
  error?: string | null;
}

/**
 * A labelled control with its hint and error message, connected for screen readers. The control is drawn
 * by the caller with the ids and ARIA attributes handed to it.
 */
function Field({
  label,
  hint,
  error,
  control,
}: Omit<FieldProps, "name"> & {
  control: (aria: { id: string; "aria-describedby"?: string; "aria-invalid"?: true }) => ReactNode;
}) {
  const id = useId();
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {control({ id, "aria-describedby": described || undefined, "aria-invalid": error ? true : undefined })}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="error">
          {error}
        </p>
      )}
    </div>
  );
}

/** A labelled one-line input. */
export function FormField({ label, name, hint, error, ...input }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field label={label} hint={hint} error={error} control={(aria) => <input name={name} {...aria} {...input} />} />
  );
}

/** A labelled textarea, for several lines. */
export function TextAreaField({
  label,
  name,
  hint,
  error,
  ...textarea
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field
      label={label}
      hint={hint}
      error={error}
      control={(aria) => <textarea name={name} {...aria} {...textarea} />}
    />
  );
}

/** A message about the whole form (wrong code, too many attempts), announced when it appears. */
export function FormError({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}
