import "server-only";

import type { Database } from "../db";

import { getRevisionByNumber } from "./get-latest-revision";
import { saveScenarioRevision, type SaveRevisionResult } from "./save-revision";
import { authorizeActor, type AccessDenied, type Actor } from "./scenario-access";

export type RestoreRevisionResult = Exclude<SaveRevisionResult, { status: "not-found" }> | AccessDenied;

/**
 * Restores an old revision as a new one whose inputs equal the old one's. History is never
 * rewritten: the restore is an ordinary save on top of `expectedVersion`, so a restore made on
 * a stale page meets the same conflict as any other save. Requires `scenario:edit`.
 */
export async function restoreScenarioRevision(
  database: Database,
  actor: Actor,
  unverifiedOrgSlug: string,
  input: { scenarioId: string; revisionNumber: number; expectedVersion: number },
  today: string,
): Promise<RestoreRevisionResult> {
  const authorized = await authorizeActor(database, actor, unverifiedOrgSlug, "scenario:edit");
  if (authorized.status !== "ok") return authorized;
  const { org } = authorized.access;

  const scenario = await database.scenario.findFirst({ where: { id: input.scenarioId, orgId: org.id, archivedAt: null }, select: { id: true } });
  const revision = scenario ? await getRevisionByNumber(database, org.id, scenario.id, input.revisionNumber) : null;
  if (!scenario || !revision) return { status: "not-found" };
  if (revision.inputs === null) return { status: "invalid", problems: [{ path: "", message: revision.readProblem ?? `Revision ${revision.number} cannot be read.` }] };

  return saveScenarioRevision(database, {
    orgId: org.id,
    scenarioId: scenario.id,
    authorId: actor.id,
    expectedVersion: input.expectedVersion,
    inputs: revision.inputs,
    message: `Restored revision ${revision.number}`,
    today,
  });
}
