"use client";

import { useActionState } from "react";

import {
  changeMemberRoleAction,
  removeMemberAction,
  revokeInvitationAction,
  type MemberActionState,
} from "@/lib/server/actions/member-actions";

const smallButton = "rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-60";

/** Role picker and remove button of one member, for owners. */
export function MemberControls({ orgSlug, membershipId, role, email }: { orgSlug: string; membershipId: string; role: string; email: string }) {
  const [roleState, roleAction, rolePending] = useActionState<MemberActionState, FormData>(changeMemberRoleAction, {});
  const [removeState, removeAction, removePending] = useActionState<MemberActionState, FormData>(removeMemberAction, {});

  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-center gap-2">
        <form action={roleAction} className="flex items-center gap-2">
          <input type="hidden" name="orgSlug" value={orgSlug} />
          <input type="hidden" name="membershipId" value={membershipId} />
          <select name="role" defaultValue={role} aria-label={`Role of ${email}`} className="rounded border border-slate-300 px-2 py-1 text-sm">
            <option value="owner">owner</option>
            <option value="editor">editor</option>
            <option value="viewer">viewer</option>
          </select>
          <button type="submit" disabled={rolePending} className={smallButton}>
            Change role
          </button>
        </form>
        <form action={removeAction}>
          <input type="hidden" name="orgSlug" value={orgSlug} />
          <input type="hidden" name="membershipId" value={membershipId} />
          <button type="submit" disabled={removePending} className={smallButton} aria-label={`Remove ${email}`}>
            Remove
          </button>
        </form>
      </div>
      <p role="status" aria-live="polite" className="text-sm text-red-700">
        {roleState.error ?? removeState.error}
      </p>
    </div>
  );
}

export function RevokeInvitationButton({ orgSlug, invitationId, email }: { orgSlug: string; invitationId: string; email: string }) {
  const [state, formAction, pending] = useActionState<MemberActionState, FormData>(revokeInvitationAction, {});

  return (
    <form action={formAction}>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="invitationId" value={invitationId} />
      <button type="submit" disabled={pending} className={smallButton} aria-label={`Revoke the invitation of ${email}`}>
        Revoke
      </button>
      <span role="status" aria-live="polite" className="ml-2 text-sm text-red-700">
        {state.error}
      </span>
    </form>
  );
}
