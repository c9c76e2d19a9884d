import "server-only";

import type { Database } from "../db";

import { listShareLinks, type ShareLinkSummary } from "./list-share-links";

/** Loads the scenario of `orgId` whose links the share page manages, with its links, or null for a missing or foreign one. */
export async function getSharePageData(
  database: Database,
  orgId: string,
  scenarioId: string,
): Promise<{ scenario: { id: string; name: string; latestRevisionNumber: number | null }; links: ShareLinkSummary[] } | null> {
  const scenario = await database.scenario.findFirst({
    where: { id: scenarioId, orgId },
    select: { id: true, name: true, revisions: { orderBy: { number: "desc" }, take: 1, select: { number: true } } },
  });
  if (!scenario) return null;

  return {
    scenario: { id: scenario.id, name: scenario.name, latestRevisionNumber: scenario.revisions[0]?.number ?? null },
    links: await listShareLinks(database, orgId, scenarioId),
  };
}
