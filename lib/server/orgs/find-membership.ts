import "server-only";

import type { Database } from "../db";
import type { RoleName } from "../permissions";

export interface VerifiedMembership {
  role: RoleName;
  org: { id: string; slug: string; name: string; currency: string; catalogVersion: number };
}

/**
 * Returns the user's membership in the organization with this slug, or null when the
 * organization does not exist or the user is not a member (callers answer 404 for both).
 */
export async function findMembership(database: Database, userId: string, unverifiedOrgSlug: string): Promise<VerifiedMembership | null> {
  const membership = await database.membership.findFirst({
    where: { userId, org: { slug: unverifiedOrgSlug } },
    select: { role: true, org: { select: { id: true, slug: true, name: true, currency: true, catalogVersion: true } } },
  });
  if (!membership) return null;

  return { role: membership.role as RoleName, org: membership.org };
}
