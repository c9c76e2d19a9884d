import "server-only";

import type { Database } from "../db";

/** Returns one scenario of this organization (archived ones too), or null for a missing or foreign id. */
export async function getScenario(database: Database, orgId: string, scenarioId: string) {
  return database.scenario.findFirst({
    where: { id: scenarioId, orgId },
    select: { id: true, name: true, description: true, version: true, archivedAt: true, createdAt: true },
  });
}
