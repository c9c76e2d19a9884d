import "server-only";

import type { Database } from "../db";

import { getLatestRevision } from "./get-latest-revision";
import { saveScenarioRevision } from "./save-revision";
import { authorizeActor, type AccessDenied, type Actor } from "./scenario-access";

export type DuplicateScenarioResult =
  | { status: "created"; scenarioId: string }
  | { status: "invalid"; message: string }
  | AccessDenied;

/**
 * Creates a new scenario named "<name> (copy)" whose first revision copies the latest inputs of
 * the source, so that someone can try a variant without touching the original. The copy is
 * priced again on save, so a source whose catalog entries were retired cannot be copied as is.
 * Requires `scenario:create`.
 */
export async function duplicateScenario(
  database: Database,
  actor: Actor,
  unverifiedOrgSlug: string,
  input: { scenarioId: string },
  today: string,
): Promise<DuplicateScenarioResult> {
  const authorized = await authorizeActor(database, actor, unverifiedOrgSlug, "scenario:create");
  if (authorized.status !== "ok") return authorized;
  const { org } = authorized.access;

  const source = await database.scenario.findFirst({ where: { id: input.scenarioId, orgId: org.id }, select: { id: true, name: true, description: true } });
  const latest = source ? await getLatestRevision(database, org.id, source.id) : null;
  if (!source || !latest) return { status: "not-found" };
  if (latest.inputs === null) return { status: "invalid", message: latest.readProblem ?? `Revision ${latest.number} cannot be read.` };

  const name = `${source.name} (copy)`.slice(0, 120);
  const copy = await database.$transaction(async (transaction) => {
    const created = await transaction.scenario.create({
      data: { orgId: org.id, name, description: source.description, createdById: actor.id },
      select: { id: true },
    });
    await transaction.auditEvent.create({
      data: {
        orgId: org.id,
        actorId: actor.id,
        action: "scenario.duplicated",
        targetType: "scenario",
        targetId: created.id,
        details: { sourceScenarioId: source.id, sourceRevision: latest.number, after: { name } },
      },
    });

    return created;
  });

  const saved = await saveScenarioRevision(database, {
    orgId: org.id,
    scenarioId: copy.id,
    authorId: actor.id,
    expectedVersion: 0,
    inputs: latest.inputs,
    message: `Copied from "${source.name}", revision ${latest.number}`,
    today,
  });
  if (saved.status !== "saved") {
    await database.scenario.deleteMany({ where: { id: copy.id, orgId: org.id } });
    const detail = saved.status === "invalid" ? saved.problems.map((problem) => `${problem.path}: ${problem.message}`).join(" ") : saved.status;

    return { status: "invalid", message: `The scenario cannot be copied until its problems are fixed. ${detail}` };
  }

  return { status: "created", scenarioId: copy.id };
}
