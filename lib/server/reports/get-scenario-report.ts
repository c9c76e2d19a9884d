import "server-only";

import type { ScenarioInputs } from "@/lib/scenario/inputs";
import { readStoredInputs } from "@/lib/scenario/read-stored-inputs";
import { resolveScenarioInputs, type Provenance, type ResolveProblem } from "@/lib/scenario/resolve";
import { evaluateScenario, safeParseScenario, type EvaluationResult, type Scenario } from "@/lib/tco";

import { loadCatalogSnapshot, toIsoDate } from "../catalog/load-catalog";
import type { Database } from "../db";

export interface ScenarioReport {
  scenario: { id: string; name: string; description: string | null; version: number };
  revision: { id: string; number: number; createdAt: Date; message: string | null; pricesAsOf: string; catalogVersion: number };
  /** The revision's inputs, or null when they fail today's schema (then `problems` explains why). */
  inputs: ScenarioInputs | null;
  pricesAsOf: string;
  /** The resolved cost-model document before defaults are applied; null when it could not be resolved. */
  document: unknown;
  /** The parsed cost-model scenario, or null when it could not be resolved or validated. */
  model: Scenario | null;
  evaluation: EvaluationResult | null;
  provenance: Provenance[];
  problems: ResolveProblem[];
}

/**
 * Computes the report of a scenario's latest revision from the organization's current catalog,
 * on the server. Returns null for a scenario that is missing or belongs to another organization.
 * Problems (a retired entry, a price missing on the plan date, an invalid value) come back in
 * `problems` with no numbers, never as a cost of 0.
 */
export async function getScenarioReport(database: Database, orgId: string, scenarioId: string, today: string): Promise<ScenarioReport | null> {
  const scenario = await database.scenario.findFirst({
    where: { id: scenarioId, orgId },
    select: {
      id: true,
      name: true,
      description: true,
      version: true,
      revisions: { orderBy: { number: "desc" }, take: 1 },
    },
  });
  const revision = scenario?.revisions[0];
  if (!scenario || !revision) return null;

  const header = {
    scenario: { id: scenario.id, name: scenario.name, description: scenario.description, version: scenario.version },
    revision: {
      id: revision.id,
      number: revision.number,
      createdAt: revision.createdAt,
      message: revision.message,
      pricesAsOf: toIsoDate(revision.pricesAsOf),
      catalogVersion: revision.catalogVersion,
    },
  };
  const stored = readStoredInputs(revision.number, revision.inputs);
  if (!stored.ok) {
    return { ...header, inputs: null, pricesAsOf: header.revision.pricesAsOf, document: null, model: null, evaluation: null, provenance: [], problems: [stored.problem] };
  }

  const inputs = stored.inputs;
  const catalog = await loadCatalogSnapshot(database, orgId);
  const resolved = resolveScenarioInputs(inputs, catalog, today, scenario.name);

  const summary = {
    ...header,
    inputs,
    pricesAsOf: resolved.pricesAsOf,
    provenance: resolved.provenance,
  };
  if (resolved.problems.length > 0) return { ...summary, document: null, model: null, evaluation: null, problems: resolved.problems };

  const parsed = safeParseScenario(resolved.document);
  if (!parsed.ok) return { ...summary, document: resolved.document, model: null, evaluation: null, problems: parsed.issues };

  return { ...summary, document: resolved.document, model: parsed.scenario, evaluation: evaluateScenario(parsed.scenario, {}), problems: [] };
}
