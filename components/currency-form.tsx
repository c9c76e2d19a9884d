"use client";

import { useActionState } from "react";

import { TextField } from "@/components/text-field";
import { updateCurrencyAction, type CurrencyFormState } from "@/lib/server/actions/settings-actions";

export function CurrencyForm({ orgSlug, currency }: { orgSlug: string; currency: string }) {
  const [state, formAction, pending] = useActionState<CurrencyFormState, FormData>(updateCurrencyAction, { values: { currency } });

  return (
    <form action={formAction} className="space-y-2" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <TextField
        id="org-currency"
        name="currency"
        label="Currency (ISO 4217)"
        defaultValue={state.values.currency}
        error={state.fieldErrors?.currency}
        hint="Amounts are shown in this currency; no exchange rate is applied, so enter catalog prices in it."
        maxLength={3}
        inputClassName="w-28 uppercase"
      />
      <p role="status" aria-live="polite" className="text-sm text-red-700">
        {state.formError}
      </p>
      <button type="submit" disabled={pending} className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60">
        Save currency
      </button>
    </form>
  );
}
