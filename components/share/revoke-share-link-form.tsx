"use client";

import { useActionState } from "react";

import { revokeShareLinkAction, type RevokeShareLinkState } from "@/lib/server/actions/share-actions";

const initialState: RevokeShareLinkState = {};

/** The revoke button of one share link, with the action's result next to it. */
export function RevokeShareLinkForm({ orgSlug, scenarioId, linkId }: { orgSlug: string; scenarioId: string; linkId: string }) {
  const [state, formAction, pending] = useActionState(revokeShareLinkAction, initialState);

  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="scenarioId" value={scenarioId} />
      <input type="hidden" name="linkId" value={linkId} />
      <button type="submit" disabled={pending} className="rounded border border-red-300 px-2 py-0.5 text-red-800 disabled:opacity-60">
        {pending ? "Revoking…" : "Revoke"}
      </button>
      <div aria-live="polite">
        {state.error ? (
          <p role="alert" className="text-red-700">
            {state.error}
          </p>
        ) : null}
        {state.message ? <p className="text-green-800">{state.message}</p> : null}
      </div>
    </form>
  );
}
