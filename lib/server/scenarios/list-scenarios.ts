import "server-only";

import { getDatabase } from "../db";

export async function listScenarios(orgId: string) {
  const database = await getDatabase();

  return database.scenario.findMany({
    where: { orgId, archivedAt: null },
    select: { id: true, name: true, version: true, updatedAt: true },
    orderBy: { updatedAt: "desc" },
  });
}
