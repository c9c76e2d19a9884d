import type { CumulativeChartData } from "./cumulative-series";
import type { SweepChartData } from "./sweep-series";
import type { TornadoChartData } from "./tornado";
import type { YearlyBreakdownRow } from "./yearly-breakdown";

/**
 * Everything a report shows, as plain numbers in the organization's currency. The report page,
 * the shared page and the CSV and JSON exports all render this one structure, so hiding unit
 * prices here hides them everywhere.
 */
export interface ReportData {
  scenario: { name: string; description: string | null };
  currency: string;
  revision: { number: number; pinned: boolean };
  /** Date whose catalog prices the numbers use, YYYY-MM-DD. */
  pricesAsOf: string;
  /** True when a pinned report's organization has changed its catalog since the revision was saved. */
  catalogChangedSince: boolean;
  hideUnitPrices: boolean;
  years: number;
  engineersAtStart: number;
  totalQueries: number;
  cheapestOptionId: string;
  options: ReportOption[];
  /** Each non-API option against each API option (or every option against the baseline when that split does not exist). */
  comparisons: ReportComparison[];
  yearly: YearlyBreakdownRow[];
  sweep: SweepChartData;
  cumulative: CumulativeChartData;
  tornado: TornadoChartData | null;
  monteCarlo: ReportMonteCarlo | null;
  assumptions: ReportAssumption[];
}

export interface ReportOption {
  id: string;
  name: string;
  kind: "api" | "seat" | "selfHosted";
  accuracy: number;
  /** True when the scenario sets no accuracy for this option, so the cost model assumed 100 %. */
  accuracyAssumed: boolean;
  total: number;
  oneTimeCost: number;
  costPerQuery: number | null;
  /** Null when unknown, or for a seat option whose unit prices are hidden, where it would equal the seat price. */
  costPerEngineerMonth: number | null;
  costPerAcceptedAnswer: number | null;
  servingMode: "utilization" | "dedicated" | null;
}

export interface ReportComparison {
  optionId: string;
  baselineId: string;
  savings: number | null;
  breakEvenEngineers: number | null;
  cheaperAbove: boolean | null;
  paybackMonth: number | null;
}

export interface ReportMonteCarlo {
  samples: number;
  seed: number;
  uncertainInputs: string[];
  options: { id: string; p5: number; p50: number; p95: number; mean: number; probabilityCheapest: number }[];
  savings: { optionId: string; baselineId: string; p5: number | null; p50: number | null; p95: number | null }[];
}

export interface ReportAssumption {
  optionId: string;
  optionName: string;
  field: string;
  /** Null when the field is a unit price and the report hides unit prices. */
  value: number | null;
  /** Catalog entry the value came from, or null for a value set in the scenario itself. */
  entry: string | null;
  sourceUrl: string | null;
  checkedAt: string | null;
  verified: boolean;
  unitPrice: boolean;
}
