import "server-only";

import type { Database } from "../db";

import { authorizeActor, type AccessDenied, type Actor } from "./scenario-access";

export type UnarchiveScenarioResult = { status: "unarchived" } | AccessDenied;

/**
 * Brings an archived scenario back into the organization's list; its share links that are neither
 * revoked nor expired work again. Requires `scenario:archive`.
 */
export async function unarchiveScenario(
  database: Database,
  actor: Actor,
  unverifiedOrgSlug: string,
  input: { scenarioId: string },
): Promise<UnarchiveScenarioResult> {
  const authorized = await authorizeActor(database, actor, unverifiedOrgSlug, "scenario:archive");
  if (authorized.status !== "ok") return authorized;
  const { org } = authorized.access;

  return database.$transaction(async (transaction) => {
    const scenario = await transaction.scenario.findFirst({
      where: { id: input.scenarioId, orgId: org.id, archivedAt: { not: null } },
      select: { archivedAt: true },
    });
    if (!scenario?.archivedAt) return { status: "not-found" as const };

    // The condition on archivedAt makes a concurrent restore a no-op instead of a second event.
    const updated = await transaction.scenario.updateMany({
      where: { id: input.scenarioId, orgId: org.id, archivedAt: scenario.archivedAt },
      data: { archivedAt: null },
    });
    if (updated.count === 0) return { status: "not-found" as const };

    await transaction.auditEvent.create({
      data: {
        orgId: org.id,
        actorId: actor.id,
        action: "scenario.unarchived",
        targetType: "scenario",
        targetId: input.scenarioId,
        details: { before: { archivedAt: scenario.archivedAt.toISOString() }, after: { archivedAt: null } },
      },
    });

    return { status: "unarchived" as const };
  });
}
