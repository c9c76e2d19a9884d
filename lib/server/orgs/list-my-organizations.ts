import "server-only";

import { getDatabase } from "../db";

export async function listMyOrganizations(userId: string): Promise<{ slug: string; name: string; role: string }[]> {
  const database = await getDatabase();
  const memberships = await database.membership.findMany({
    where: { userId },
    select: { role: true, org: { select: { slug: true, name: true } } },
    orderBy: { org: { name: "asc" } },
  });

  return memberships.map((membership) => ({ ...membership.org, role: membership.role }));
}
