import { runMonteCarlo, runSensitivity, sweepScenario, type EvaluationResult, type Scenario } from "@/lib/tco";

import { buildCumulativeChartData } from "./cumulative-series";
import type { ReportAssumption, ReportComparison, ReportData, ReportMonteCarlo, ReportOption } from "./report-data";
import { buildSweepChartData } from "./sweep-series";
import { buildTornadoChartData } from "./tornado";
import { isUnitPriceField, UNIT_PRICE_FIELDS } from "./unit-prices";
import { buildYearlyBreakdownRows } from "./yearly-breakdown";

/** Source of one catalog value, as the scenario resolver records it. */
export interface ProvenanceInput {
  optionId: string;
  field: string;
  value: number;
  entry: string;
  sourceUrl: string | null;
  checkedAt: string | null;
  verified: boolean;
  unitPrice: boolean;
}

export interface BuildReportRequest {
  /** The resolved document before the cost model fills in defaults, which shows which values were set. */
  document: unknown;
  model: Scenario;
  evaluation: EvaluationResult;
  provenance: readonly ProvenanceInput[];
  scenario: { name: string; description: string | null };
  currency: string;
  revision: { number: number; pinned: boolean };
  pricesAsOf: string;
  catalogChangedSince: boolean;
  hideUnitPrices: boolean;
  /** Draws of the Monte Carlo run; the seed is fixed so the same report always shows the same bands. */
  monteCarloSamples?: number;
}

export const MONTE_CARLO_SEED = 20_240_415;

/** True when any numeric input of the scenario carries a distribution instead of a number. */
export function hasDistributions(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasDistributions);
  if (typeof value !== "object" || value === null) return false;
  if ("distribution" in value) return true;

  return Object.values(value).some(hasDistributions);
}

/** Picks each non-API option against each API option, or every option against the baseline when there is no such split. */
function pickComparisons(model: Scenario, evaluation: EvaluationResult): ReportComparison[] {
  const kindOf = new Map(evaluation.options.map((option) => [option.id, option.kind]));
  const hasApi = evaluation.options.some((option) => option.kind === "api");
  const hasOther = evaluation.options.some((option) => option.kind !== "api");
  const baselineId = model.baselineId ?? evaluation.options[0]?.id;

  const picked = evaluation.comparisons.filter((comparison) =>
    hasApi && hasOther
      ? kindOf.get(comparison.baselineId) === "api" && kindOf.get(comparison.optionId) !== "api"
      : comparison.baselineId === baselineId,
  );

  return picked.map(({ optionId, baselineId: against, savings, breakEvenEngineers, cheaperAbove, paybackMonth }) => ({
    optionId,
    baselineId: against,
    savings,
    breakEvenEngineers,
    cheaperAbove,
    paybackMonth,
  }));
}

/** Picks the comparison the tornado chart explains: the one against the scenario's baseline when there is one. */
function pickTornadoComparison(model: Scenario, comparisons: readonly ReportComparison[]): ReportComparison | null {
  return comparisons.find((comparison) => comparison.baselineId === model.baselineId) ?? comparisons[0] ?? null;
}

/**
 * Ids of the options of a resolved document that carry no `accuracy`: the cost model then assumes
 * 1, so their cost per accepted answer equals their cost per request.
 */
export function optionsWithoutAccuracy(document: unknown): Set<string> {
  const options = typeof document === "object" && document !== null ? (document as { options?: unknown }).options : undefined;
  if (!Array.isArray(options)) return new Set();

  return new Set(
    options.flatMap((option) => {
      if (typeof option !== "object" || option === null || typeof (option as { id?: unknown }).id !== "string") return [];
      const { id, accuracy } = option as { id: string; accuracy?: unknown };

      return accuracy === undefined || accuracy === null ? [id] : [];
    }),
  );
}

function buildOptions(evaluation: EvaluationResult, hideUnitPrices: boolean, accuracyNotSet: ReadonlySet<string>): ReportOption[] {
  return evaluation.options.map((option) => ({
    id: option.id,
    name: option.name,
    kind: option.kind,
    accuracy: option.accuracy,
    accuracyAssumed: accuracyNotSet.has(option.id),
    total: option.total,
    oneTimeCost: option.oneTimeCost,
    costPerQuery: option.costPerQuery,
    costPerEngineerMonth: hideUnitPrices && option.kind === "seat" ? null : option.costPerEngineerMonth,
    costPerAcceptedAnswer: option.costPerAcceptedAnswer,
    servingMode: option.selfHosted?.servingMode ?? null,
  }));
}

/** Catalog provenance, plus unit prices set in the scenario itself, which have no catalog source. */
function buildAssumptions(model: Scenario, provenance: readonly ProvenanceInput[], hideUnitPrices: boolean): ReportAssumption[] {
  const nameOf = (optionId: string) => model.options.find((option) => option.id === optionId)?.name ?? optionId;
  const fromCatalog = provenance.map((row) => ({
    optionId: row.optionId,
    optionName: nameOf(row.optionId),
    field: row.field,
    value: row.value,
    entry: row.entry,
    sourceUrl: row.sourceUrl,
    checkedAt: row.checkedAt,
    verified: row.verified,
    unitPrice: row.unitPrice || isUnitPriceField(row.field),
  }));

  const fromScenario = model.options.flatMap((option) =>
    UNIT_PRICE_FIELDS.flatMap((field) => {
      const value = (option as Record<string, unknown>)[field];
      const covered = provenance.some((row) => row.optionId === option.id && row.field === field);
      if (covered || typeof value !== "number") return [];

      return [{ optionId: option.id, optionName: option.name ?? option.id, field, value, entry: null, sourceUrl: null, checkedAt: null, verified: false, unitPrice: true }];
    }),
  );

  return [...fromCatalog, ...fromScenario].map((row) => (hideUnitPrices && row.unitPrice ? { ...row, value: null } : row));
}

function buildMonteCarlo(model: Scenario, samples: number): ReportMonteCarlo | null {
  if (!hasDistributions(model)) return null;

  const result = runMonteCarlo(model, { samples, seed: MONTE_CARLO_SEED });

  return { samples: result.samples, seed: result.seed, uncertainInputs: result.uncertainInputs, options: result.options, savings: result.savings };
}

/**
 * Head counts the sweep covers: 10 to 100,000 engineers, widened (within 1 to 10,000,000) so
 * that the scenario's own head count and every break-even lie well inside the grid.
 */
export function sweepRange(engineers: number, comparisons: readonly ReportComparison[]): { minEngineers: number; maxEngineers: number } {
  const marks = [engineers, ...comparisons.flatMap((comparison) => (comparison.breakEvenEngineers === null ? [] : [comparison.breakEvenEngineers]))].filter(
    (value) => value > 0,
  );
  const minEngineers = Math.max(1, Math.floor(Math.min(10, ...marks.map((value) => value / 2))));
  const maxEngineers = Math.min(10_000_000, Math.ceil(Math.max(100_000, ...marks.map((value) => value * 2))));

  return { minEngineers, maxEngineers };
}

/** Computes every number of a report from a parsed scenario and its evaluation. Pure: no I/O, no clock. */
export function buildReportData(request: BuildReportRequest): ReportData {
  const { model, evaluation, hideUnitPrices } = request;
  const comparisons = pickComparisons(model, evaluation);
  const engineers = evaluation.demand.engineersAtStart;
  const sweep = sweepScenario(model, { ...sweepRange(engineers, comparisons), points: 40 });
  const tornadoComparison = pickTornadoComparison(model, comparisons);
  const tornado = tornadoComparison
    ? buildTornadoChartData(runSensitivity(model, { optionId: tornadoComparison.optionId, baselineId: tornadoComparison.baselineId }), tornadoComparison, {
        hideUnitPrices,
      })
    : null;

  return {
    scenario: request.scenario,
    currency: request.currency,
    revision: request.revision,
    pricesAsOf: request.pricesAsOf,
    catalogChangedSince: request.catalogChangedSince,
    hideUnitPrices,
    years: evaluation.years,
    engineersAtStart: engineers,
    totalQueries: evaluation.demand.totalQueries,
    cheapestOptionId: evaluation.cheapestOptionId,
    options: buildOptions(evaluation, hideUnitPrices, optionsWithoutAccuracy(request.document)),
    comparisons,
    yearly: buildYearlyBreakdownRows(evaluation.options),
    sweep: buildSweepChartData(sweep.points, evaluation.options, comparisons, engineers),
    cumulative: buildCumulativeChartData(evaluation.options, comparisons),
    tornado,
    monteCarlo: buildMonteCarlo(model, request.monteCarloSamples ?? 10_000),
    assumptions: buildAssumptions(model, request.provenance, hideUnitPrices),
  };
}
