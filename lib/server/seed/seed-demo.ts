import "server-only";

import type { ScenarioInputsInput } from "@/lib/scenario/inputs";

import type { Database } from "../db";
import { createOrganization } from "../orgs/create-organization";
import { saveScenarioRevision } from "../scenarios/save-revision";

export const DEMO_ORGANIZATION = { name: "Demo Chip Co", slug: "demo-chip-co", currency: "USD" };

/**
 * The reference case: 1,000 engineers, Claude 3 Opus and GPT-4 Turbo at their April 2024 list
 * prices, and ChipNeMo-70B served on A100s in utilization mode, over one year.
 */
export function demoScenarioInputs(teamId: string): ScenarioInputsInput {
  return {
    horizon: { years: 1, workingDaysPerYear: 250 },
    pricesAsOf: "2024-04-15",
    teams: [{ teamId }],
    options: [
      { id: "claude-3-opus", source: { type: "apiModel", key: "anthropic/claude-3-opus" } },
      { id: "gpt-4-turbo", source: { type: "apiModel", key: "openai/gpt-4-turbo" } },
      {
        id: "chipnemo-70b",
        source: {
          type: "selfHosted",
          profileKey: "chipnemo-70b",
          trainingGpuKey: "aws/a100-40gb-sxm-on-demand",
          servingGpuKey: "aws/a100-40gb-sxm-on-demand",
        },
        overrides: { servingMode: "utilization", utilization: 1 },
      },
    ],
    baselineId: "claude-3-opus",
  };
}

/**
 * Creates the demo organization with its catalog, a 1,000-engineer team and the reference
 * scenario. Returns null without writing when an organization with that slug exists.
 * `ownerId` may be null: on the embedded database the first person to sign in claims it.
 */
export async function seedDemoOrganization(
  database: Database,
  options: { ownerId: string | null; slug?: string; name?: string; today: string },
): Promise<{ orgId: string; slug: string; scenarioId: string } | null> {
  const slug = options.slug ?? DEMO_ORGANIZATION.slug;
  const existing = await database.organization.findUnique({ where: { slug }, select: { id: true } });
  if (existing) return null;

  const org = await createOrganization(database, options.ownerId, {
    name: options.name ?? DEMO_ORGANIZATION.name,
    currency: DEMO_ORGANIZATION.currency,
    slug,
  });

  const team = await database.team.create({
    data: { orgId: org.id, name: "Design verification", engineers: 1000, queriesPerEngineerPerDay: 20, inputTokensPerQuery: 1000, outputTokensPerQuery: 500 },
  });
  const scenario = await database.scenario.create({
    data: {
      orgId: org.id,
      name: "ChipNeMo against frontier APIs",
      description: "The reference case of NVIDIA's 2024 study: a domain-adapted 70B model against Claude 3 Opus and GPT-4 Turbo.",
      createdById: options.ownerId,
    },
  });

  const saved = await saveScenarioRevision(database, {
    orgId: org.id,
    scenarioId: scenario.id,
    authorId: options.ownerId,
    expectedVersion: 0,
    inputs: demoScenarioInputs(team.id),
    message: "Reference case",
    today: options.today,
  });
  if (saved.status !== "saved") throw new Error(`Seeding the demo scenario failed: ${JSON.stringify(saved)}`);

  return { orgId: org.id, slug: org.slug, scenarioId: scenario.id };
}
