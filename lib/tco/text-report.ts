import { pointValue } from "./distributions";
import type { EvaluationResult, OptionResult } from "./evaluate";
import {
  formatCurrency,
  formatNumber,
  formatPaybackMonth,
  formatPercent,
  formatUnitCost,
  notAvailable,
} from "./format";
import type { MonteCarloResult } from "./monte-carlo";
import type { Scenario } from "./schema";
import type { SweepResult } from "./sweep";

/** Plain-text reports of results, for the CLI and for copying as text. Money is shown in USD. */

type Alignment = "left" | "right";

/** Renders rows as columns padded with spaces; the first row is the header, underlined with dashes. */
export function renderTable(rows: string[][], alignments: Alignment[]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const renderRow = (row: string[]) =>
    row
      .map((cell, column) => (alignments[column] === "right" ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
      .join("  ")
      .trimEnd();
  const rule = widths.map((width) => "-".repeat(width)).join("  ");

  return [renderRow(rows[0]), rule, ...rows.slice(1).map(renderRow)].join("\n");
}

const kindLabels: Record<OptionResult["kind"], string> = {
  api: "API",
  seat: "seats",
  selfHosted: "self-hosted",
};

/** Describes how a self-hosted option pays for serving, since its numbers depend on it. */
function servingLine(option: OptionResult): string | null {
  const details = option.selfHosted;
  if (details === null) {
    return null;
  }

  const gpuHours = details.gpuHours.map((year) => formatNumber(year.serving)).join(", ");
  if (details.servingMode === "utilization") {
    return `${option.name}: utilization mode, GPU time paid in proportion to the work; serving GPU-hours by year: ${gpuHours}`;
  }

  const replicas = details.replicas.map((count) => formatNumber(count)).join(", ");

  return `${option.name}: dedicated mode, replicas sized for the peak and paid whether busy or not; replicas by year: ${replicas}; serving GPU-hours by year: ${gpuHours}`;
}

function formatBreakEven(engineers: number | null, exact: boolean): string {
  if (engineers === null) {
    return "none up to 10M";
  }

  return `${formatNumber(engineers, engineers < 100 ? 1 : 0)}${exact ? "" : " (approx.)"}`;
}

function formatCheaperAbove(value: boolean | null): string {
  if (value === null) {
    return notAvailable;
  }

  return value ? "yes" : "no";
}

/** Renders one evaluation: demand, yearly breakdown, unit costs, serving modes and comparisons. */
export function renderEvaluation(scenario: Scenario, result: EvaluationResult): string {
  const names = new Map(result.options.map((option) => [option.id, option.name]));
  const lines: string[] = [];

  lines.push(scenario.name ?? "Scenario");
  lines.push(
    `Horizon ${result.years} ${result.years === 1 ? "year" : "years"}, ` +
      `${formatNumber(pointValue(scenario.horizon.workingDaysPerYear), 1)} working days a year; ` +
      `${formatNumber(result.demand.engineersAtStart, 1)} engineers at the start (scale ${result.scale}); ` +
      `${formatNumber(result.demand.totalQueries)} queries in total`,
  );
  lines.push("");

  const breakdown: string[][] = [["Option", "Kind", "Year", "Training", "Usage", "Operations", "Fixed", "Total"]];
  for (const option of result.options) {
    for (const year of option.years) {
      breakdown.push([
        option.name,
        kindLabels[option.kind],
        String(year.year),
        formatCurrency(year.training),
        formatCurrency(year.usage),
        formatCurrency(year.operations),
        formatCurrency(year.fixed),
        formatCurrency(year.total),
      ]);
    }
  }
  lines.push(renderTable(breakdown, ["left", "left", "right", "right", "right", "right", "right", "right"]));
  lines.push("");

  const summary: string[][] = [["Option", "TCO", "Per query", "Per engineer-month", "Per accepted answer"]];
  for (const option of result.options) {
    summary.push([
      option.id === result.cheapestOptionId ? `${option.name} (cheapest)` : option.name,
      formatCurrency(option.total),
      formatUnitCost(option.costPerQuery),
      formatUnitCost(option.costPerEngineerMonth),
      formatUnitCost(option.costPerAcceptedAnswer),
    ]);
  }
  lines.push(renderTable(summary, ["left", "right", "right", "right", "right"]));

  const serving = result.options.map(servingLine).filter((line): line is string => line !== null);
  if (serving.length > 0) {
    lines.push("", "Serving:", ...serving.map((line) => `  ${line}`));
  }

  if (result.comparisons.length > 0) {
    const comparisons: string[][] = [["Option", "Baseline", "Savings", "Break-even engineers", "Cheaper above", "Payback"]];
    for (const comparison of result.comparisons) {
      comparisons.push([
        names.get(comparison.optionId) ?? comparison.optionId,
        names.get(comparison.baselineId) ?? comparison.baselineId,
        formatPercent(comparison.savings),
        formatBreakEven(comparison.breakEvenEngineers, comparison.breakEvenExact),
        formatCheaperAbove(comparison.cheaperAbove),
        formatPaybackMonth(comparison.paybackMonth),
      ]);
    }
    lines.push("", renderTable(comparisons, ["left", "left", "right", "right", "left", "left"]));
  }

  return lines.join("\n");
}

/** Renders a sweep as one row per head count with every option's TCO. */
export function renderSweep(sweep: SweepResult, names: ReadonlyMap<string, string>): string {
  const rows = [["Engineers", ...sweep.optionIds.map((id) => names.get(id) ?? id)]];
  for (const point of sweep.points) {
    rows.push([formatNumber(point.engineers), ...sweep.optionIds.map((id) => formatCurrency(point.totals[id]))]);
  }

  return ["TCO by total head count", renderTable(rows, rows[0].map(() => "right" as const))].join("\n");
}

/** Renders Monte Carlo percentiles of every option's TCO and of each savings figure. */
export function renderMonteCarlo(result: MonteCarloResult, names: ReadonlyMap<string, string>): string {
  const name = (id: string) => names.get(id) ?? id;
  const uncertain = result.uncertainInputs.length === 0 ? "none (every sample is the same)" : result.uncertainInputs.join(", ");
  const lines = [
    `Monte Carlo: ${formatNumber(result.samples)} samples, seed ${result.seed}, generator ${result.generator}`,
    `Uncertain inputs: ${uncertain}`,
    "",
  ];

  const totals = [["Option", "P5", "P50", "P95", "Mean", "P(cheapest)"]];
  for (const option of result.options) {
    totals.push([
      name(option.id),
      formatCurrency(option.p5),
      formatCurrency(option.p50),
      formatCurrency(option.p95),
      formatCurrency(option.mean),
      formatPercent(option.probabilityCheapest),
    ]);
  }
  lines.push(renderTable(totals, ["left", "right", "right", "right", "right", "right"]), "");

  const savings = [["Option", "Baseline", "Savings P5", "P50", "P95"]];
  for (const entry of result.savings) {
    savings.push([
      name(entry.optionId),
      name(entry.baselineId),
      formatPercent(entry.p5),
      formatPercent(entry.p50),
      formatPercent(entry.p95),
    ]);
  }
  lines.push(renderTable(savings, ["left", "left", "right", "right", "right"]));

  return lines.join("\n");
}
