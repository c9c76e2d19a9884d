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
  /** The input's low and high values; null when they are unit prices and hidden. */
  low: number | null;
  high: number | null;
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
 * keeps the `limit` inputs that move the savings most, and drops the input values of unit
 * prices when they are hidden.
 */
export function buildTornadoChartData(
  sensitivity: { baseSavings: number | null; bars: readonly SensitivityBarInput[] },
  comparison: { optionId: string; baselineId: string },
  options: { limit?: number; hideUnitPrices?: boolean } = {},
): TornadoChartData {
  const limit = options.limit ?? 10;
  const bars = sensitivity.bars
    .filter((bar) => Number.isFinite(bar.swing))
    .toSorted((left, right) => right.swing - left.swing || left.label.localeCompare(right.label))
    .slice(0, limit)
    .map((bar) => {
      const hidden = options.hideUnitPrices === true && isUnitPriceField(bar.input);

      return {
        input: bar.input,
        label: bar.label,
        low: hidden ? null : bar.low,
        high: hidden ? null : bar.high,
        savingsAtLow: bar.savingsAtLow,
        savingsAtHigh: bar.savingsAtHigh,
        swing: bar.swing,
      };
    });

  return { optionId: comparison.optionId, baselineId: comparison.baselineId, baseSavings: sensitivity.baseSavings, bars };
}
