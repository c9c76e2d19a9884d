import { compareOptions, type Comparison, type CostTimeline } from "./compare";
import {
  oneTimeCost,
  operationsCost,
  peakTokensPerSecond,
  replicaCount,
  seatCount,
  servingGpuHours,
  trainingCost,
  trainingGpuHours,
  usageCost,
} from "./costs";
import { createDemandYears, fillDemand, type DemandYear } from "./demand";
import { divideOrNull } from "./math";
import { resolveScenario, type ResolvedHorizon, type ResolvedOption } from "./resolve";
import type { OptionKind, Scenario, ServingMode } from "./schema";
import { assertValidScale, cheapestIndex } from "./totals";

export interface YearCost {
  year: number;
  training: number;
  usage: number;
  operations: number;
  fixed: number;
  total: number;
}

/** Serving figures of a self-hosted option, one entry per year. */
export interface SelfHostedDetails {
  servingMode: ServingMode;
  gpuHours: { year: number; training: number; serving: number }[];
  /** Replicas running in each year; null in utilization mode, where GPU time is paid per use. */
  replicas: (number | null)[];
  /** Load at peak, in tokens per second, when the day's requests arrive within `peakHoursPerDay`. */
  peakTokensPerSecond: number[];
}

export interface OptionResult {
  id: string;
  name: string;
  kind: OptionKind;
  accuracy: number;
  /** TCO over the horizon. */
  total: number;
  years: YearCost[];
  /** TCO divided by all queries; null when there are none. */
  costPerQuery: number | null;
  /** TCO divided by active-user months (12 per active user and year); null when there are none. */
  costPerEngineerMonth: number | null;
  /** TCO divided by the queries whose answer is accepted (queries times accuracy); null when there are none. */
  costPerAcceptedAnswer: number | null;
  /** Paid at the start: first adaptation run and data preparation; 0 for other kinds. */
  oneTimeCost: number;
  /** Seats billed in each year; null for options other than seats. */
  seats: number[] | null;
  selfHosted: SelfHostedDetails | null;
}

export interface EvaluationResult {
  scale: number;
  /** Horizon in years. */
  years: number;
  demand: {
    years: DemandYear[];
    totalQueries: number;
    /** Sum of the teams' engineers times the scale, before adoption. */
    engineersAtStart: number;
  };
  options: OptionResult[];
  /** Every ordered pair of distinct options. */
  comparisons: Comparison[];
  /** Option with the lowest TCO; the first in list order wins a tie. */
  cheapestOptionId: string;
}

export interface EvaluateOptions {
  /** Multiplies every team's engineers (default 1). */
  scale?: number;
}

/**
 * Evaluates a parsed scenario (see `parseScenario`) at its point values. Throws a
 * RangeError for a scale outside 0..1e9; the scenario itself is not validated again.
 */
export function evaluateScenario(scenario: Scenario, options: EvaluateOptions = {}): EvaluationResult {
  const scale = options.scale ?? 1;
  assertValidScale(scale);

  const resolved = resolveScenario(scenario);
  const engineersOfTeam = resolved.teams.map((team) => team.engineers * scale);
  const demandYears = createDemandYears(resolved.horizon.years);
  fillDemand(resolved.teams, resolved.horizon, engineersOfTeam, demandYears);

  const optionResults = resolved.options.map((option) => evaluateOption(option, demandYears, resolved.horizon));
  const totals = optionResults.map((result) => result.total);
  const timelines: CostTimeline[] = optionResults.map((result) => ({
    oneTimeCost: result.oneTimeCost,
    yearTotals: result.years.map((year) => year.total),
  }));

  return {
    scale,
    years: resolved.horizon.years,
    demand: {
      years: demandYears,
      totalQueries: demandYears.reduce((sum, demand) => sum + demand.queries, 0),
      engineersAtStart: engineersOfTeam.reduce((sum, engineers) => sum + engineers, 0),
    },
    options: optionResults,
    comparisons: compareOptions(resolved, totals, timelines),
    cheapestOptionId: optionResults[cheapestIndex(totals)].id,
  };
}

function evaluateOption(option: ResolvedOption, demandYears: readonly DemandYear[], horizon: ResolvedHorizon): OptionResult {
  const years = demandYears.map((demand): YearCost => {
    const training = trainingCost(option, demand.year);
    const usage = usageCost(option, demand, horizon);
    const operations = operationsCost(option);
    const fixed = option.fixedCostPerYear;

    return { year: demand.year, training, usage, operations, fixed, total: training + usage + operations + fixed };
  });

  const total = years.reduce((sum, year) => sum + year.total, 0);
  const queries = demandYears.reduce((sum, demand) => sum + demand.queries, 0);
  const userMonths = demandYears.reduce((sum, demand) => sum + 12 * demand.users, 0);

  return {
    id: option.id,
    name: option.name,
    kind: option.kind,
    accuracy: option.accuracy,
    total,
    years,
    costPerQuery: divideOrNull(total, queries),
    costPerEngineerMonth: divideOrNull(total, userMonths),
    costPerAcceptedAnswer: divideOrNull(total, queries * option.accuracy),
    oneTimeCost: oneTimeCost(option),
    seats: option.kind === "seat" ? demandYears.map((demand) => seatCount(option, demand.users)) : null,
    selfHosted: option.kind === "selfHosted" ? selfHostedDetails(option, demandYears, horizon) : null,
  };
}

function selfHostedDetails(
  option: Extract<ResolvedOption, { kind: "selfHosted" }>,
  demandYears: readonly DemandYear[],
  horizon: ResolvedHorizon,
): SelfHostedDetails {
  return {
    servingMode: option.servingMode,
    gpuHours: demandYears.map((demand) => ({
      year: demand.year,
      training: trainingGpuHours(option, demand.year),
      serving: servingGpuHours(option, demand, horizon),
    })),
    replicas: demandYears.map((demand) =>
      option.servingMode === "dedicated" ? replicaCount(option, demand, horizon) : null,
    ),
    peakTokensPerSecond: demandYears.map((demand) => peakTokensPerSecond(option, demand, horizon)),
  };
}
