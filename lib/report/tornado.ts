import { isUnitPriceField } from "./unit-prices";

/** One input of the sensitivity analysis: the savings with the input at its low and high value. */
export interface SensitivityBarInput {
  input: string;
  label: string;
  low: number;
  high: number;
  savingsAtLow: number | null;
  savingsAtHigh: number | null;
  swing: number;
}

export interface TornadoBar {
  input: string;
  label: string;
  low: number;
  high: number;
  savingsAtLow: number | null;
  savingsAtHigh: number | null;
  swing: number;
}

export interface TornadoChartData {
  optionId: string;
  baselineId: string;
  baseSavings: number | null;
  bars: TornadoBar[];
}

/**
 * Orders the sensitivity bars by swing, largest first (ties by label, so the order is stable),
 * and keeps the `limit` inputs that move the savings most. When unit prices are hidden, their bars
 * are dropped entirely: the cost is linear in a unit price, so the savings at its low and high
 * value would let a reader solve for the price.
 */
export function buildTornadoChartData(
  sensitivity: { baseSavings: number | null; bars: readonly SensitivityBarInput[] },
  comparison: { optionId: string; baselineId: string },
  options: { limit?: number; hideUnitPrices?: boolean } = {},
): TornadoChartData {
  const limit = options.limit ?? 10;
  const hideUnitPrices = options.hideUnitPrices === true;
  const bars = sensitivity.bars
    .filter((bar) => Number.isFinite(bar.swing))
    .filter((bar) => !(hideUnitPrices && isUnitPriceField(bar.input)))
    .toSorted((left, right) => right.swing - left.swing || left.label.localeCompare(right.label))
    .slice(0, limit)
    .map((bar) => ({
      input: bar.input,
      label: bar.label,
      low: bar.low,
      high: bar.high,
      savingsAtLow: bar.savingsAtLow,
      savingsAtHigh: bar.savingsAtHigh,
      swing: bar.swing,
    }));

  return { optionId: comparison.optionId, baselineId: comparison.baselineId, baseSavings: sensitivity.baseSavings, bars };
}
