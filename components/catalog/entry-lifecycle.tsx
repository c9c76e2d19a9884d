"use client";

import Link from "next/link";
import { useActionState } from "react";

import type { EntryKind } from "@/lib/catalog/entry-schemas";
import { entryLifecycleAction, type EntryLifecycleState } from "@/lib/server/actions/catalog-actions";

interface Props {
  orgSlug: string;
  kind: EntryKind;
  rowId: string;
  retired: boolean;
  usage: { scenarioId: string; scenarioName: string }[];
}

const buttonClass = "rounded border px-3 py-1.5 text-sm font-medium disabled:opacity-60";

/**
 * Retire, restore and delete buttons of an entry. Before retiring an entry in use it lists the
 * scenarios whose reports will show a problem; an entry in use offers no delete button.
 */
export function EntryLifecycle({ orgSlug, kind, rowId, retired, usage }: Props) {
  const [state, formAction, pending] = useActionState<EntryLifecycleState, FormData>(entryLifecycleAction, {});

  const hidden = (
    <>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="rowId" value={rowId} />
    </>
  );

  return (
    <section aria-labelledby="lifecycle-heading" className="space-y-3 rounded border border-slate-200 bg-white p-4">
      <h2 id="lifecycle-heading">Retire or delete</h2>
      {usage.length > 0 ? (
        <div data-testid="usage-warning" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          <p>
            {usage.length === 1 ? "1 scenario uses" : `${usage.length} scenarios use`} this entry, so it cannot be deleted.
            {retired ? "" : " Retiring it makes their reports show a problem naming it until they pick another entry:"}
          </p>
          <ul className="list-disc pl-5">
            {usage.map((scenario) => (
              <li key={scenario.scenarioId}>
                <Link href={`/o/${orgSlug}/scenarios/${scenario.scenarioId}`}>{scenario.scenarioName}</Link>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="text-sm text-slate-600">No scenario uses this entry.</p>
      )}
      <div className="flex gap-3">
        <form action={formAction}>
          {hidden}
          <input type="hidden" name="operation" value={retired ? "restore" : "retire"} />
          <button type="submit" disabled={pending} className={`${buttonClass} border-slate-300 hover:bg-slate-100`}>
            {retired ? "Restore" : "Retire"}
          </button>
        </form>
        {usage.length === 0 ? (
          <form action={formAction}>
            {hidden}
            <input type="hidden" name="operation" value="delete" />
            <button type="submit" disabled={pending} className={`${buttonClass} border-red-300 text-red-800 hover:bg-red-50`}>
              Delete
            </button>
          </form>
        ) : null}
      </div>
      <p role="status" aria-live="polite" className="text-sm text-red-700">
        {state.error}
      </p>
    </section>
  );
}
