"use client";

import { useActionState } from "react";

import { createOrganizationAction, type OrganizationFormState } from "@/lib/server/actions/org-actions";

export function CreateOrganizationForm() {
  const [state, formAction, pending] = useActionState<OrganizationFormState, FormData>(createOrganizationAction, {
    values: { name: "", currency: "USD" },
  });

  return (
    <form action={formAction} className="space-y-3" noValidate>
      <div>
        <label htmlFor="org-name" className="block text-sm font-medium">
          Organization name
        </label>
        <input
          id="org-name"
          name="name"
          defaultValue={state.values.name}
          aria-invalid={state.fieldErrors?.name ? true : undefined}
          aria-describedby="org-name-error"
          className="w-full rounded border border-slate-300 px-3 py-2"
        />
        <p id="org-name-error" className="text-sm text-red-700">
          {state.fieldErrors?.name}
        </p>
      </div>
      <div>
        <label htmlFor="org-currency" className="block text-sm font-medium">
          Currency (ISO 4217)
        </label>
        <input
          id="org-currency"
          name="currency"
          defaultValue={state.values.currency}
          maxLength={3}
          aria-invalid={state.fieldErrors?.currency ? true : undefined}
          aria-describedby="org-currency-error"
          className="w-28 rounded border border-slate-300 px-3 py-2 uppercase"
        />
        <p id="org-currency-error" className="text-sm text-red-700">
          {state.fieldErrors?.currency}
        </p>
      </div>
      <p role="status" aria-live="polite" className="text-sm text-red-700">
        {state.formError}
      </p>
      <button type="submit" disabled={pending} className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60">
        {pending ? "Creating…" : "Create organization"}
      </button>
    </form>
  );
}
