import { useId } from "react";

interface SelectFieldProps {
  label: string;
  name: string;
  /** The choices, stored value → German label, in the order to offer them. */
  options: Record<string, string>;
  defaultValue: string;
  /** The label of an empty first choice ("nicht festgelegt"); without it a choice is required. */
  emptyLabel?: string;
  error?: string | null;
}

/** A labelled select with its error message, connected for screen readers. */
export function SelectField({ label, name, options, defaultValue, emptyLabel, error }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? true : undefined}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {Object.entries(options).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="error">
          {error}
        </p>
      )}
    </div>
  );
}
