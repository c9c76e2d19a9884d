import "server-only";

import { getDatabase } from "./db";
import { getEnvironment } from "./env";
import { resolveDatabaseTarget } from "./db/client";

export const DEMO_ORG_SLUG = "demo-chip-co";

/**
 * Gives the first person who signs in on the embedded database ownership of the demo
 * organization. It does nothing on a PostgreSQL server, so a shared or production database
 * never hands out an organization. Returns the organization id when it claimed it.
 */
export async function claimDemoOrganization(userId: string): Promise<string | null> {
  const environment = getEnvironment();
  const target = resolveDatabaseTarget(environment.DATABASE_URL, environment.EMBEDDED_DATA_DIR);
  if (target.kind !== "embedded") return null;

  const database = await getDatabase();

  return database.$transaction(async (transaction) => {
    const org = await transaction.organization.findUnique({
      where: { slug: DEMO_ORG_SLUG },
      select: { id: true, _count: { select: { memberships: true } } },
    });
    if (!org || org._count.memberships > 0) return null;

    await transaction.membership.create({ data: { orgId: org.id, userId, role: "owner" } });
    await transaction.auditEvent.create({
      data: { orgId: org.id, actorId: userId, action: "member.claimed-demo", targetType: "membership", targetId: userId },
    });

    return org.id;
  });
}
