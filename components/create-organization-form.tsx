"use client";

import { useActionState } from "react";

import { TextField } from "@/components/text-field";
import { createOrganizationAction, type OrganizationFormState } from "@/lib/server/actions/org-actions";

export function CreateOrganizationForm() {
  const [state, formAction, pending] = useActionState<OrganizationFormState, FormData>(createOrganizationAction, {
    values: { name: "", currency: "USD" },
  });

  return (
    <form action={formAction} className="space-y-3" noValidate>
      <TextField id="org-name" name="name" label="Organization name" defaultValue={state.values.name} error={state.fieldErrors?.name} />
      <TextField
        id="org-currency"
        name="currency"
        label="Currency (ISO 4217)"
        defaultValue={state.values.currency}
        error={state.fieldErrors?.currency}
        maxLength={3}
        inputClassName="w-28 uppercase"
      />
      <p role="status" aria-live="polite" className="text-sm text-red-700">
        {state.formError}
      </p>
      <button type="submit" disabled={pending} className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60">
        {pending ? "Creating…" : "Create organization"}
      </button>
    </form>
  );
}
