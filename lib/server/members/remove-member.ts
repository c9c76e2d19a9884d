import "server-only";

import type { Database } from "../db";

import { loadMembershipForChange, type MemberChangeResult } from "./change-member-role";

/** Removes a member from the organization; the last owner cannot be removed. */
export async function removeMember(database: Database, input: { orgId: string; actorId: string; membershipId: string }): Promise<MemberChangeResult> {
  return database.$transaction(async (transaction) => {
    const loaded = await loadMembershipForChange(transaction, input.orgId, input.membershipId);
    if (!loaded) return { status: "not-found" } as const;
    if (loaded.isLastOwner) return { status: "last-owner" } as const;

    const { membership } = loaded;
    await transaction.membership.deleteMany({ where: { id: membership.id, orgId: input.orgId } });
    await transaction.auditEvent.create({
      data: {
        orgId: input.orgId,
        actorId: input.actorId,
        action: "member.removed",
        targetType: "membership",
        targetId: membership.userId,
        details: { email: membership.user.email, before: { role: membership.role }, after: null },
      },
    });

    return { status: "done" } as const;
  });
}
