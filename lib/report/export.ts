import type { ReportData } from "./report-data";

type CsvValue = string | number | boolean | null;

const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Formats one CSV cell. A spreadsheet runs a text cell that starts with `=`, `+`, `-`, `@`, a
 * tab or a carriage return as a formula, so such a cell gets a leading `'`. A cell that is a
 * plain number such as `-0.25` is no formula and stays numeric.
 */
export function csvCell(value: CsvValue): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";

  let text = String(value);
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  if (/[",\r\n]/.test(text)) text = `"${text.replaceAll('"', '""')}"`;

  return text;
}

export const CSV_COLUMNS = ["section", "option", "against", "point", "metric", "value"] as const;

/**
 * Writes every number of the report as CSV in long form: one value a row, named by section,
 * option, the option it is compared against, the year, month or head count, and the metric.
 * Money is in the report's currency, unrounded; shares are fractions (0.951, not 95.1 %).
 */
export function reportToCsv(report: ReportData): string {
  const rows: CsvValue[][] = [];
  const add = (section: string, option: string | null, against: string | null, point: string | number | null, metric: string, value: CsvValue) =>
    rows.push([section, option, against, point, metric, value]);

  add("scenario", null, null, null, "name", report.scenario.name);
  add("scenario", null, null, null, "currency", report.currency);
  add("scenario", null, null, null, "revision", report.revision.number);
  add("scenario", null, null, null, "pricesAsOf", report.pricesAsOf);
  add("scenario", null, null, null, "years", report.years);
  add("scenario", null, null, null, "engineersAtStart", report.engineersAtStart);
  add("scenario", null, null, null, "totalQueries", report.totalQueries);
  add("scenario", null, null, null, "cheapestOption", report.cheapestOptionId);

  for (const option of report.options) {
    add("option", option.id, null, null, "name", option.name);
    add("option", option.id, null, null, "kind", option.kind);
    add("option", option.id, null, null, "servingMode", option.servingMode);
    for (const metric of ["total", "oneTimeCost", "costPerQuery", "costPerEngineerMonth", "costPerAcceptedAnswer", "accuracy"] as const) {
      add("option", option.id, null, null, metric, option[metric]);
    }
  }

  for (const comparison of report.comparisons) {
    for (const metric of ["savings", "breakEvenEngineers", "cheaperAbove", "paybackMonth"] as const) {
      add("comparison", comparison.optionId, comparison.baselineId, null, metric, comparison[metric]);
    }
  }

  for (const row of report.yearly) {
    for (const metric of ["training", "usage", "operations", "fixed", "total"] as const) add("yearly", row.optionId, null, row.year, metric, row[metric]);
  }

  for (const series of report.sweep.series) {
    for (const point of series.points) add("sweep", series.optionId, null, point.engineers, "total", point.total);
  }
  for (const marker of report.sweep.breakEvens) add("breakEven", marker.optionId, marker.baselineId, marker.engineers, "baselineTotal", marker.total);

  for (const series of report.cumulative.series) {
    series.values.forEach((value, month) => add("cumulative", series.optionId, null, month, "cost", value));
  }

  if (report.tornado) {
    const { optionId, baselineId } = report.tornado;
    add("tornado", optionId, baselineId, null, "baseSavings", report.tornado.baseSavings);
    for (const bar of report.tornado.bars) {
      add("tornado", optionId, baselineId, bar.input, "low", bar.low);
      add("tornado", optionId, baselineId, bar.input, "high", bar.high);
      add("tornado", optionId, baselineId, bar.input, "savingsAtLow", bar.savingsAtLow);
      add("tornado", optionId, baselineId, bar.input, "savingsAtHigh", bar.savingsAtHigh);
    }
  }

  if (report.monteCarlo) {
    for (const option of report.monteCarlo.options) {
      for (const metric of ["p5", "p50", "p95", "mean", "probabilityCheapest"] as const) add("monteCarlo", option.id, null, null, metric, option[metric]);
    }
    for (const savings of report.monteCarlo.savings) {
      for (const metric of ["p5", "p50", "p95"] as const) add("monteCarloSavings", savings.optionId, savings.baselineId, null, metric, savings[metric]);
    }
  }

  // Hidden unit prices are left out entirely rather than written as empty cells.
  for (const row of report.assumptions.filter((assumption) => assumption.value !== null)) {
    add("assumption", row.optionId, null, row.entry, row.field, row.value);
  }

  return [CSV_COLUMNS as readonly CsvValue[], ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** Serializes the report as JSON, leaving hidden unit prices out rather than writing them as null. */
export function reportToJson(report: ReportData): string {
  const assumptions = report.assumptions.filter((assumption) => assumption.value !== null);

  return JSON.stringify({ ...report, assumptions }, null, 2);
}
