"use client";

import { useActionState } from "react";

import { TextField } from "@/components/text-field";
import { inviteMemberAction, type InvitationFormState } from "@/lib/server/actions/member-actions";

export function InviteForm({ orgSlug }: { orgSlug: string }) {
  const [state, formAction, pending] = useActionState<InvitationFormState, FormData>(inviteMemberAction, { values: { email: "", role: "viewer" } });

  return (
    <form action={formAction} className="flex flex-wrap items-start gap-3" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <TextField id="invite-email" name="email" type="email" label="Email" defaultValue={state.values.email} error={state.fieldErrors?.email} inputClassName="w-72" />
      <div>
        <label htmlFor="invite-role" className="block text-sm font-medium">
          Role
        </label>
        <select id="invite-role" name="role" defaultValue={state.values.role} aria-describedby="invite-role-error" className="rounded border border-slate-300 px-3 py-2">
          <option value="viewer">Viewer (reads)</option>
          <option value="editor">Editor (changes catalog, teams, scenarios)</option>
          <option value="owner">Owner (also manages members)</option>
        </select>
        <p id="invite-role-error" className="text-sm text-red-700">
          {state.fieldErrors?.role}
        </p>
      </div>
      <button type="submit" disabled={pending} className="mt-5 rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60">
        {pending ? "Sending…" : "Send invitation"}
      </button>
      <p role="status" aria-live="polite" className="w-full text-sm">
        {state.sentTo ? <span className="text-green-800">Invitation sent to {state.sentTo}.</span> : <span className="text-red-700">{state.formError}</span>}
      </p>
    </form>
  );
}
