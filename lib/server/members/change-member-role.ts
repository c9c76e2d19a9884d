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

/** Changes a member's role; the last owner cannot be demoted. */
export async function changeMemberRole(
  database: Database,
  input: { orgId: string; actorId: string; membershipId: string; role: RoleName },
): Promise<MemberChangeResult> {
  return database.$transaction(async (transaction) => {
    const loaded = await loadMembershipForChange(transaction, input.orgId, input.membershipId);
    if (!loaded) return { status: "not-found" } as const;

    const { membership, isLastOwner } = loaded;
    if (membership.role === input.role) return { status: "done" } as const;
    if (isLastOwner) return { status: "last-owner" } as const;

    await transaction.membership.updateMany({ where: { id: membership.id, orgId: input.orgId }, data: { role: input.role } });
    await transaction.auditEvent.create({
      data: {
        orgId: input.orgId,
        actorId: input.actorId,
        action: "member.role_changed",
        targetType: "membership",
        targetId: membership.userId,
        details: { email: membership.user.email, before: { role: membership.role }, after: { role: input.role } },
      },
    });

    return { status: "done" } as const;
  });
}
