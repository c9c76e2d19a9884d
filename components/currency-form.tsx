"use client";

import { useActionState } from "react";

import { updateCurrencyAction, type CurrencyFormState } from "@/lib/server/actions/settings-actions";

export function CurrencyForm({ orgSlug, currency }: { orgSlug: string; currency: string }) {
  const [state, formAction, pending] = useActionState<CurrencyFormState, FormData>(updateCurrencyAction, { values: { currency } });

  return (
    <form action={formAction} className="space-y-2" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <label htmlFor="org-currency" className="block text-sm font-medium">
        Currency (ISO 4217)
      </label>
      <input
        id="org-currency"
        name="currency"
        defaultValue={state.values.currency}
        maxLength={3}
        aria-invalid={state.fieldErrors?.currency ? true : undefined}
        aria-describedby="org-currency-hint org-currency-error"
        className="w-28 rounded border border-slate-300 px-3 py-2 uppercase"
      />
      <p id="org-currency-hint" className="text-xs text-slate-500">
        Amounts are shown in this currency; no exchange rate is applied, so enter catalog prices in it.
      </p>
      <p id="org-currency-error" className="text-sm text-red-700">
        {state.fieldErrors?.currency}
      </p>
      <p role="status" aria-live="polite" className="text-sm text-red-700">
        {state.formError}
      </p>
      <button type="submit" disabled={pending} className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60">
        Save currency
      </button>
    </form>
  );
}
