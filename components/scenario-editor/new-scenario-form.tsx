"use client";

import { useActionState, useState } from "react";

import { TextField } from "@/components/text-field";
import { createScenarioAction, type CreateScenarioFormState } from "@/lib/server/actions/scenario-actions";

/** "New scenario": a name and a description; the scenario starts from the catalog's defaults and opens in the editor. */
export function NewScenarioForm({ orgSlug }: { orgSlug: string }) {
  const [open, setOpen] = useState(false);
  const [state, formAction, pending] = useActionState<CreateScenarioFormState, FormData>(createScenarioAction.bind(null, orgSlug), {
    values: { name: "", description: "" },
  });

  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">
        New scenario
      </button>
    );
  }

  return (
    <form action={formAction} className="max-w-xl space-y-3 rounded border border-slate-200 bg-white p-4" noValidate>
      <h2>New scenario</h2>
      <TextField id="scenario-name" name="name" label="Scenario name" defaultValue={state.values.name} error={state.fieldErrors?.name} />
      <div>
        <label htmlFor="scenario-description" className="block text-sm font-medium">
          Description (optional)
        </label>
        <textarea
          id="scenario-description"
          name="description"
          defaultValue={state.values.description}
          rows={3}
          aria-invalid={state.fieldErrors?.description ? true : undefined}
          aria-describedby="scenario-description-error"
          className="w-full rounded border border-slate-300 px-3 py-2"
        />
        <p id="scenario-description-error" className="text-sm text-red-700">
          {state.fieldErrors?.description}
        </p>
      </div>
      <p className="text-xs text-slate-500">It starts with the organization&apos;s first team, the first API model and the first self-hosted profile of the catalog; change them in the editor.</p>
      <p role="status" aria-live="polite" className="text-sm text-red-700">
        {state.formError}
      </p>
      <button type="submit" disabled={pending} className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60">
        {pending ? "Creating…" : "Create scenario"}
      </button>
    </form>
  );
}
