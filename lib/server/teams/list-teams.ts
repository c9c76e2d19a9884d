import "server-only";

import type { Database } from "../db";

/** Lists the organization's teams, active ones first, then by name. */
export async function listTeams(database: Database, orgId: string) {
  const teams = await database.team.findMany({ where: { orgId }, orderBy: { name: "asc" } });

  return teams.sort((a, b) => Number(a.retiredAt !== null) - Number(b.retiredAt !== null));
}
