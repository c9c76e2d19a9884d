import "server-only";

import type { Database } from "../db";

import { loadMembershipForChange, revokeInvitationsSentBy, type MemberChangeResult } from "./change-member-role";

/** Removes a member from the organization and revokes the open invitations they sent; the last owner cannot be removed. */
export async function removeMember(database: Database, input: { orgId: string; actorId: string; membershipId: string; now: Date }): Promise<MemberChangeResult> {
  return database.$transaction(async (transaction) => {
    const loaded = await loadMembershipForChange(transaction, input.orgId, input.membershipId);
    if (!loaded) return { status: "not-found" } as const;
    if (loaded.isLastOwner) return { status: "last-owner" } as const;

    const { membership } = loaded;
    await transaction.membership.deleteMany({ where: { id: membership.id, orgId: input.orgId } });
    const revokedInvitations = await revokeInvitationsSentBy(transaction, { orgId: input.orgId, userId: membership.userId, now: input.now });
    await transaction.auditEvent.create({
      data: {
        orgId: input.orgId,
        actorId: input.actorId,
        action: "member.removed",
        targetType: "membership",
        targetId: membership.userId,
        details: { email: membership.user.email, before: { role: membership.role }, after: null, revokedInvitations },
      },
    });

    return { status: "done" } as const;
  });
}
