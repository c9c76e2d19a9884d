"use client";

import { useActionState } from "react";

import { fieldsFor, type EntryKind, type FieldSpec, type FormMode } from "@/lib/catalog/entry-schemas";
import { saveEntryAction, type EntryFormState } from "@/lib/server/actions/catalog-actions";

interface Props {
  orgSlug: string;
  kind: EntryKind;
  mode: FormMode;
  rowId?: string;
  /** The row's `updatedAt` when the form was opened; a correction made on an older version is rejected. */
  expectedUpdatedAt?: string;
  initialValues: Record<string, string>;
  submitLabel: string;
}

const inputClass = "w-full rounded border border-slate-300 px-3 py-2";

function FieldInput({ field, id, value, invalid, describedBy }: { field: FieldSpec; id: string; value: string; invalid: boolean; describedBy: string }) {
  const common = { id, name: field.name, defaultValue: value, "aria-invalid": invalid || undefined, "aria-describedby": describedBy, className: inputClass };

  if (field.input === "select") {
    return (
      <select {...common}>
        {field.options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  }
  if (field.input === "textarea") return <textarea {...common} rows={3} />;
  if (field.input === "number" || field.input === "percent") return <input {...common} type="text" inputMode="decimal" autoComplete="off" />;
  if (field.input === "url") return <input {...common} type="text" inputMode="url" placeholder="https://" />;
  if (field.input === "date") return <input {...common} type="text" placeholder="YYYY-MM-DD" autoComplete="off" />;

  return <input {...common} type="text" autoComplete="off" />;
}

/**
 * Renders the form of one catalog entry or team. Validation runs on the server, and a rejected
 * submission comes back with what was typed and a message under each invalid field.
 */
export function EntryForm({ orgSlug, kind, mode, rowId, expectedUpdatedAt, initialValues, submitLabel }: Props) {
  const [state, formAction, pending] = useActionState<EntryFormState, FormData>(saveEntryAction, { values: initialValues });
  const values = { ...initialValues, ...state.values };

  return (
    <form action={formAction} className="max-w-2xl space-y-4" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="mode" value={mode} />
      {rowId ? <input type="hidden" name="rowId" value={rowId} /> : null}
      {expectedUpdatedAt ? <input type="hidden" name="expectedUpdatedAt" value={expectedUpdatedAt} /> : null}

      {fieldsFor(kind, mode).map((field) => {
        const id = `entry-${field.name}`;
        const error = state.fieldErrors?.[field.name];

        return (
          <div key={field.name}>
            <label htmlFor={id} className="block text-sm font-medium">
              {field.label}
            </label>
            <FieldInput field={field} id={id} value={values[field.name] ?? ""} invalid={Boolean(error)} describedBy={`${id}-hint ${id}-error`} />
            {field.hint ? (
              <p id={`${id}-hint`} className="text-xs text-slate-500">
                {field.hint}
              </p>
            ) : null}
            <p id={`${id}-error`} className="text-sm text-red-700">
              {error}
            </p>
          </div>
        );
      })}

      <p role="status" aria-live="polite" className="text-sm text-red-700">
        {state.formError}
      </p>
      <button type="submit" disabled={pending} className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60">
        {pending ? "Saving…" : submitLabel}
      </button>
    </form>
  );
}
