import "server-only";

import type { Database } from "../db";

/** Lists the organization's members (owners first) and its open invitations, newest first. */
export async function listMembers(database: Database, orgId: string, now: Date) {
  const [members, invitations] = await Promise.all([
    database.membership.findMany({
      where: { orgId },
      select: { id: true, role: true, createdAt: true, user: { select: { id: true, email: true, name: true } } },
      orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    }),
    database.invitation.findMany({
      where: { orgId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
      orderBy: { createdAt: "desc" },
    }),
  ]);

  return { members, invitations };
}
