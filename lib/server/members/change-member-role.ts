import "server-only";

import type { Database } from "../db";
import type { RoleName } from "../permissions";

import { lockOrganization } from "../catalog/entry-store";

export type MemberChangeResult = { status: "done" } | { status: "not-found" } | { status: "last-owner" };

type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];

/**
 * Loads a membership of the organization and checks whether removing its owner role would
 * leave the organization without an owner. Runs under the organization's row lock, so two
 * concurrent demotions cannot both pass.
 */
export async function loadMembershipForChange(transaction: Transaction, orgId: string, membershipId: string) {
  await lockOrganization(transaction, orgId);
  const membership = await transaction.membership.findFirst({ where: { id: membershipId, orgId }, include: { user: { select: { email: true } } } });
  if (!membership) return null;

  const owners = await transaction.membership.count({ where: { orgId, role: "owner" } });

  return { membership, isLastOwner: membership.role === "owner" && owners <= 1 };
}

/**
 * Revokes the open invitations (not accepted, not revoked, not expired) that `userId` sent in
 * the organization, because they would still let a person join after the sender lost the
 * owner role. Returns what was revoked, for the audit event.
 */
export async function revokeInvitationsSentBy(transaction: Transaction, input: { orgId: string; userId: string; now: Date }) {
  const open = await transaction.invitation.findMany({
    where: { orgId: input.orgId, invitedById: input.userId, acceptedAt: null, revokedAt: null, expiresAt: { gt: input.now } },
    select: { id: true, email: true, role: true },
    orderBy: { createdAt: "asc" },
  });
  if (open.length > 0) {
    await transaction.invitation.updateMany({ where: { orgId: input.orgId, id: { in: open.map((invitation) => invitation.id) } }, data: { revokedAt: input.now } });
  }

  return open;
}

/** Changes a member's role; the last owner cannot be demoted. A demoted owner's open invitations are revoked. */
export async function changeMemberRole(
  database: Database,
  input: { orgId: string; actorId: string; membershipId: string; role: RoleName; now: Date },
): Promise<MemberChangeResult> {
  return database.$transaction(async (transaction) => {
    const loaded = await loadMembershipForChange(transaction, input.orgId, input.membershipId);
    if (!loaded) return { status: "not-found" } as const;

    const { membership, isLastOwner } = loaded;
    if (membership.role === input.role) return { status: "done" } as const;
    if (isLastOwner) return { status: "last-owner" } as const;

    await transaction.membership.updateMany({ where: { id: membership.id, orgId: input.orgId }, data: { role: input.role } });
    const revokedInvitations = membership.role === "owner" ? await revokeInvitationsSentBy(transaction, { orgId: input.orgId, userId: membership.userId, now: input.now }) : [];
    await transaction.auditEvent.create({
      data: {
        orgId: input.orgId,
        actorId: input.actorId,
        action: "member.role_changed",
        targetType: "membership",
        targetId: membership.userId,
        details: { email: membership.user.email, before: { role: membership.role }, after: { role: input.role }, revokedInvitations },
      },
    });

    return { status: "done" } as const;
  });
}
