import type { InputHTMLAttributes } from "react";

type TextFieldProps = {
  id: string;
  name: string;
  label: string;
  /** What the person typed last; a rejected form shows it again. */
  defaultValue: string;
  error?: string;
  hint?: string;
  inputClassName?: string;
} & Pick<InputHTMLAttributes<HTMLInputElement>, "type" | "maxLength" | "autoComplete">;

/**
 * A labelled text input with its hint and error below, tied to the input with
 * `aria-describedby` so screen readers read the error with the field.
 */
export function TextField({ id, name, label, defaultValue, error, hint, inputClassName = "w-full", ...inputProps }: TextFieldProps) {
  const describedBy = hint ? `${id}-hint ${id}-error` : `${id}-error`;

  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`${inputClassName} rounded border border-slate-300 px-3 py-2`}
        {...inputProps}
      />
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      <p id={`${id}-error`} className="text-sm text-red-700">
        {error}
      </p>
    </div>
  );
}
