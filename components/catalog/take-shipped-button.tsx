"use client";

import { useActionState } from "react";

import { takeShippedUpdateAction, type TakeShippedState } from "@/lib/server/actions/shipped-actions";

export function TakeShippedButton({
  orgSlug,
  kind,
  entryKey,
  entryUpdatedAt,
  label,
}: {
  orgSlug: string;
  kind: string;
  entryKey: string;
  /** Version of the organization's entry that the comparison shows; null when it has none. */
  entryUpdatedAt: string | null;
  label: string;
}) {
  const [state, formAction, pending] = useActionState<TakeShippedState, FormData>(takeShippedUpdateAction, {});

  return (
    <form action={formAction}>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="key" value={entryKey} />
      <input type="hidden" name="expectedUpdatedAt" value={entryUpdatedAt ?? ""} />
      <button type="submit" disabled={pending} aria-label={`Take the shipped values of ${label}`} className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-60">
        Take update
      </button>
      <span role="status" aria-live="polite" className="ml-2 text-sm text-red-700">
        {state.error}
      </span>
    </form>
  );
}
