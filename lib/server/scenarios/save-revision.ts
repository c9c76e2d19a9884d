import "server-only";

import { formatPath } from "@/lib/scenario/diff";
import { resolveScenarioInputs, type ResolveProblem } from "@/lib/scenario/resolve";
import { scenarioInputsSchema } from "@/lib/scenario/inputs";
import { describeModelIssue, modelPathToEditorPath } from "@/lib/scenario/preview";
import { safeParseScenario } from "@/lib/tco";

import { loadCatalogSnapshot } from "../catalog/load-catalog";
import type { Database } from "../db";

export interface SaveRevisionRequest {
  orgId: string;
  scenarioId: string;
  authorId: string | null;
  /** The scenario version the editor started from; the save is rejected if it has moved on. */
  expectedVersion: number;
  inputs: unknown;
  message?: string | null;
  /** Today's date `YYYY-MM-DD`, the price date of inputs that leave "prices as of" open. */
  today: string;
}

export type SaveRevisionResult =
  | { status: "saved"; revisionId: string; version: number }
  | { status: "conflict"; currentVersion: number }
  | { status: "invalid"; problems: ResolveProblem[] }
  | { status: "not-found" };


/**
 * Validates the editor's inputs, resolves them against the organization's catalog, and stores
 * them as the next revision. Optimistic concurrency: the scenario's version moves from
 * `expectedVersion` to `expectedVersion + 1` in one conditional update, so of several saves made
 * on the same version exactly one wins and the others get `conflict`.
 */
export async function saveScenarioRevision(database: Database, request: SaveRevisionRequest): Promise<SaveRevisionResult> {
  const parsedInputs = scenarioInputsSchema.safeParse(request.inputs);
  if (!parsedInputs.success) {
    return {
      status: "invalid",
      problems: parsedInputs.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    };
  }

  const scenario = await database.scenario.findFirst({
    where: { id: request.scenarioId, orgId: request.orgId, archivedAt: null },
    select: { name: true, version: true },
  });
  if (!scenario) return { status: "not-found" };
  if (scenario.version !== request.expectedVersion) return { status: "conflict", currentVersion: scenario.version };

  // Read before the catalog: a change landing in between then makes the revision look older than
  // its prices ("catalog changed since"), never newer.
  const organization = await database.organization.findUniqueOrThrow({ where: { id: request.orgId }, select: { catalogVersion: true } });
  const catalog = await loadCatalogSnapshot(database, request.orgId);
  const resolved = resolveScenarioInputs(parsedInputs.data, catalog, request.today, scenario.name);
  if (resolved.problems.length > 0) return { status: "invalid", problems: resolved.problems };

  const model = safeParseScenario(resolved.document);
  if (!model.ok) {
    // Keyed and worded like the editor's own check, so the message lands on the field that sets the value.
    const problems = model.issues.map((issue) => ({ path: modelPathToEditorPath(issue.path), message: describeModelIssue(issue.path, issue.message) }));

    return { status: "invalid", problems };
  }

  const nextVersion = request.expectedVersion + 1;

  return database.$transaction(async (transaction) => {
    const bumped = await transaction.scenario.updateMany({
      where: { id: request.scenarioId, orgId: request.orgId, version: request.expectedVersion, archivedAt: null },
      data: { version: nextVersion },
    });
    if (bumped.count === 0) {
      const current = await transaction.scenario.findFirst({
        where: { id: request.scenarioId, orgId: request.orgId, archivedAt: null },
        select: { version: true },
      });

      return current ? { status: "conflict" as const, currentVersion: current.version } : { status: "not-found" as const };
    }

    const revision = await transaction.scenarioRevision.create({
      data: {
        orgId: request.orgId,
        scenarioId: request.scenarioId,
        number: nextVersion,
        inputs: parsedInputs.data,
        resolved: { document: resolved.document, provenance: resolved.provenance } as object,
        pricesAsOf: new Date(`${resolved.pricesAsOf}T00:00:00Z`),
        catalogVersion: organization.catalogVersion,
        authorId: request.authorId,
        message: request.message?.trim() || null,
      },
      select: { id: true },
    });

    await transaction.auditEvent.create({
      data: {
        orgId: request.orgId,
        actorId: request.authorId,
        action: "scenario.saved",
        targetType: "scenario",
        targetId: request.scenarioId,
        details: { version: nextVersion, message: request.message ?? null },
      },
    });

    return { status: "saved" as const, revisionId: revision.id, version: nextVersion };
  });
}
