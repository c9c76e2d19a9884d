import "server-only";

import type { Database } from "../db";

/**
 * Revokes a share link of `orgId` and records it in the audit log. Returns false for a link
 * that is missing, in another organization or already revoked.
 */
export async function revokeShareLink(database: Database, request: { orgId: string; linkId: string; actorId: string; now: Date }): Promise<boolean> {
  const { orgId, linkId, actorId, now } = request;

  return database.$transaction(async (transaction) => {
    const revoked = await transaction.shareLink.updateMany({ where: { id: linkId, orgId, revokedAt: null }, data: { revokedAt: now } });
    if (revoked.count === 0) return false;

    await transaction.auditEvent.create({
      data: {
        orgId,
        actorId,
        action: "share_link.revoked",
        targetType: "shareLink",
        targetId: linkId,
        details: { old: { revokedAt: null }, new: { revokedAt: now.toISOString() } },
      },
    });

    return true;
  });
}
