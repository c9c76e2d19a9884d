import "server-only";

import { z } from "zod";

import { buildDefaultInputs } from "@/lib/scenario/default-inputs";
import { scenarioInputsSchema } from "@/lib/scenario/inputs";
import { resolveScenarioInputs } from "@/lib/scenario/resolve";
import { safeParseScenario } from "@/lib/tco";

import { loadCatalogSnapshot } from "../catalog/load-catalog";
import type { Database } from "../db";
import { logger } from "../logger";

import { saveScenarioRevision } from "./save-revision";
import { authorizeActor, type AccessDenied, type Actor } from "./scenario-access";

export const scenarioDetailsSchema = z.object({
  name: z.string().trim().min(1, "Enter a name for the scenario.").max(120, "Use at most 120 characters for the name."),
  description: z.string().trim().max(2000, "Use at most 2,000 characters for the description."),
});

export type CreateScenarioResult =
  | { status: "created"; scenarioId: string }
  | { status: "invalid"; fieldErrors: Partial<Record<"name" | "description", string>>; formError?: string }
  | AccessDenied;

/**
 * Creates a scenario and its first revision from the catalog's defaults (see `buildDefaultInputs`),
 * so that a new scenario opens in the editor with numbers. Requires `scenario:create`.
 */
export async function createScenario(
  database: Database,
  actor: Actor,
  unverifiedOrgSlug: string,
  input: { name: string; description: string },
  today: string,
): Promise<CreateScenarioResult> {
  const authorized = await authorizeActor(database, actor, unverifiedOrgSlug, "scenario:create");
  if (authorized.status !== "ok") return authorized;
  const { org } = authorized.access;

  const parsed = scenarioDetailsSchema.safeParse(input);
  if (!parsed.success) {
    const errors = z.flattenError(parsed.error).fieldErrors;

    return { status: "invalid", fieldErrors: { name: errors.name?.[0], description: errors.description?.[0] } };
  }

  const catalog = await loadCatalogSnapshot(database, org.id);
  const defaults = buildDefaultInputs(catalog, today);
  if ("problem" in defaults) return { status: "invalid", fieldErrors: {}, formError: defaults.problem };

  // Checked before anything is written, so that a catalog the defaults cannot price leaves no empty scenario.
  const resolved = resolveScenarioInputs(scenarioInputsSchema.parse(defaults.inputs), catalog, today, parsed.data.name);
  const model = resolved.problems.length === 0 ? safeParseScenario(resolved.document) : null;
  if (!model?.ok) {
    const problem = resolved.problems[0] ?? (model && !model.ok ? model.issues[0] : undefined);

    return { status: "invalid", fieldErrors: {}, formError: `The catalog's defaults cannot be priced: ${problem?.path} ${problem?.message}` };
  }

  const scenario = await database.$transaction(async (transaction) => {
    const created = await transaction.scenario.create({
      data: { orgId: org.id, name: parsed.data.name, description: parsed.data.description || null, createdById: actor.id },
      select: { id: true },
    });
    await transaction.auditEvent.create({
      data: {
        orgId: org.id,
        actorId: actor.id,
        action: "scenario.created",
        targetType: "scenario",
        targetId: created.id,
        details: { after: { name: parsed.data.name, description: parsed.data.description || null } },
      },
    });

    return created;
  });

  const saved = await saveScenarioRevision(database, {
    orgId: org.id,
    scenarioId: scenario.id,
    authorId: actor.id,
    expectedVersion: 0,
    inputs: defaults.inputs,
    message: "Created with the catalog's defaults",
    today,
  });
  if (saved.status !== "saved") {
    // Only a catalog change between the check above and this save gets here.
    logger.warn({ orgId: org.id, scenarioId: scenario.id, status: saved.status }, "first revision of a new scenario was not saved");
    await database.scenario.deleteMany({ where: { id: scenario.id, orgId: org.id } });

    return { status: "invalid", fieldErrors: {}, formError: "The catalog changed while the scenario was being created. Try again." };
  }

  return { status: "created", scenarioId: scenario.id };
}
