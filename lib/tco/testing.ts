import { parseScenario } from "./parse";
import type { Scenario, ScenarioInput } from "./schema";

/**
 * Builders of small scenarios for tests. Each option has round numbers so that expected
 * costs can be worked out by hand. The default team sends 20 queries a day of 1,000 input
 * and 500 output tokens on 250 working days. So one engineer sends 5,000 queries a year,
 * which is 5,000,000 input and 2,500,000 output tokens.
 */

type OptionInput = ScenarioInput["options"][number];
type TeamInput = ScenarioInput["teams"][number];

/** API at $2 input and $4 output per 1M tokens: $10 + $10 = $20 per engineer-year. */
export function apiOption(overrides: Partial<Extract<OptionInput, { kind: "api" }>> = {}): OptionInput {
  return { id: "api", name: "API", kind: "api", inputPricePerMTok: 2, outputPricePerMTok: 4, ...overrides };
}

/** Seats at $30 a month: $360 per seat-year. */
export function seatOption(overrides: Partial<Extract<OptionInput, { kind: "seat" }>> = {}): OptionInput {
  return { id: "seat", name: "Seats", kind: "seat", pricePerSeatPerMonth: 30, ...overrides };
}

/**
 * Self-hosted model: one run of 100 + 4 GPU-hours at $4 costs $416. Serving 8 GPUs at $2
 * per GPU-hour, 1,000 tokens/s per replica at utilization 0.5.
 */
export function selfHostedOption(overrides: Partial<Extract<OptionInput, { kind: "selfHosted" }>> = {}): OptionInput {
  return {
    id: "self",
    name: "Self-hosted",
    kind: "selfHosted",
    daptGpuHours: 100,
    sftGpuHours: 4,
    trainingGpuHourPrice: 4,
    gpusPerReplica: 8,
    servingGpuHourPrice: 2,
    throughputTokensPerSecond: 1000,
    servingMode: "utilization",
    utilization: 0.5,
    ...overrides,
  };
}

export function team(overrides: Partial<TeamInput> = {}): TeamInput {
  return { engineers: 100, ...overrides };
}

/** Parses a scenario of one year (unless `horizon` sets another) with one team of 100 engineers by default. */
export function buildScenario(input: {
  options: OptionInput[];
  teams?: TeamInput[];
  horizon?: ScenarioInput["horizon"];
  baselineId?: string;
}): Scenario {
  return parseScenario({
    horizon: input.horizon ?? { years: 1 },
    teams: input.teams ?? [team()],
    options: input.options,
    baselineId: input.baselineId,
  });
}
