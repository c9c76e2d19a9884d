import "server-only";

import { getDatabase } from "../db";

/** Lists the organization's scenarios, newest change first; archived ones only when asked for. */
export async function listScenarios(orgId: string, options: { includeArchived?: boolean } = {}) {
  const database = await getDatabase();

  return database.scenario.findMany({
    where: options.includeArchived ? { orgId } : { orgId, archivedAt: null },
    select: { id: true, name: true, version: true, updatedAt: true, archivedAt: true },
    orderBy: { updatedAt: "desc" },
  });
}
