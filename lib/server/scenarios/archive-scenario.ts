import "server-only";

import type { Database } from "../db";

import { authorizeActor, type AccessDenied, type Actor } from "./scenario-access";

export type ArchiveScenarioResult = { status: "archived" } | AccessDenied;

/** Hides a scenario from the organization's list; its revisions, report and links stay. Requires `scenario:archive`. */
export async function archiveScenario(
  database: Database,
  actor: Actor,
  unverifiedOrgSlug: string,
  input: { scenarioId: string },
): Promise<ArchiveScenarioResult> {
  const authorized = await authorizeActor(database, actor, unverifiedOrgSlug, "scenario:archive");
  if (authorized.status !== "ok") return authorized;
  const { org } = authorized.access;

  return database.$transaction(async (transaction) => {
    const archivedAt = new Date();
    const updated = await transaction.scenario.updateMany({
      where: { id: input.scenarioId, orgId: org.id, archivedAt: null },
      data: { archivedAt },
    });
    if (updated.count === 0) return { status: "not-found" as const };

    await transaction.auditEvent.create({
      data: {
        orgId: org.id,
        actorId: actor.id,
        action: "scenario.archived",
        targetType: "scenario",
        targetId: input.scenarioId,
        details: { before: { archivedAt: null }, after: { archivedAt: archivedAt.toISOString() } },
      },
    });

    return { status: "archived" as const };
  });
}
