"use client";

import { useActionState } from "react";

import { acceptInvitationAction, type MemberActionState } from "@/lib/server/actions/member-actions";

export function AcceptInvitationForm({ token }: { token: string }) {
  const [state, formAction, pending] = useActionState<MemberActionState, FormData>(acceptInvitationAction, {});

  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="token" value={token} />
      <button type="submit" disabled={pending} className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60">
        {pending ? "Joining…" : "Accept invitation"}
      </button>
      <p role="status" aria-live="polite" className="text-sm text-red-700">
        {state.error}
      </p>
    </form>
  );
}
