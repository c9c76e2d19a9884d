import "server-only";

import type { Database } from "../db";

/** Revokes an open invitation of the organization; returns false for a missing or foreign one. */
export async function revokeInvitation(database: Database, input: { orgId: string; actorId: string; invitationId: string; now: Date }): Promise<boolean> {
  return database.$transaction(async (transaction) => {
    const invitation = await transaction.invitation.findFirst({ where: { id: input.invitationId, orgId: input.orgId, acceptedAt: null, revokedAt: null } });
    if (!invitation) return false;

    await transaction.invitation.updateMany({ where: { id: invitation.id, orgId: input.orgId }, data: { revokedAt: input.now } });
    await transaction.auditEvent.create({
      data: {
        orgId: input.orgId,
        actorId: input.actorId,
        action: "invitation.revoked",
        targetType: "invitation",
        targetId: invitation.id,
        details: { email: invitation.email, role: invitation.role },
      },
    });

    return true;
  });
}
