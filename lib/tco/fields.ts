/**
 * Ranges of every numeric input of a scenario. The schema validates against this table,
 * and the sensitivity and Monte Carlo code clamp varied or sampled values to it, so a
 * value the schema would reject is never evaluated.
 *
 * Where the cost model fixes no upper limit (prices, GPU-hours, head count of FTEs) the
 * limits below are sanity bounds far beyond any real plan. With every input at its limit
 * and the largest scale, a TCO stays below 1e90 (a test checks this), so float64 (maximum
 * about 1.8e308) does not overflow to Infinity.
 */
export interface FieldRange {
  minimum: number;
  maximum: number;
  /** True when the minimum itself is not allowed (`> minimum`). */
  minimumExclusive?: boolean;
  /** True when the maximum itself is not allowed (`< maximum`). */
  maximumExclusive?: boolean;
  /** Whether a plain value must be an integer. */
  wholeNumber?: boolean;
  /**
   * Smallest accepted value of a field that divides a cost. The model allows any value
   * above 0, but a denominator like 1e-300 would turn a finite cost into Infinity.
   */
  practicalMinimum?: number;
  /** Whether the field may carry a distribution instead of a number. */
  uncertain: boolean;
  /** Short human label, used by the sensitivity chart. */
  label: string;
}

const share = { minimum: 0, maximum: 1, uncertain: true } as const;
const money = { minimum: 0, maximum: 1e12, uncertain: true } as const;
const unitPrice = { minimum: 0, maximum: 1e6, uncertain: true } as const;
const divisorFloor = 1e-6;

export const fieldRanges = {
  years: { minimum: 1, maximum: 10, wholeNumber: true, uncertain: false, label: "horizon in years" },
  workingDaysPerYear: { minimum: 1, maximum: 366, uncertain: true, label: "working days per year" },

  // Plain head counts must be whole. A distribution on head count may yield fractions,
  // just as the scale factor does, because users are never rounded in the model.
  engineers: { minimum: 0, maximum: 1e7, wholeNumber: true, uncertain: true, label: "engineers" },
  adoption: { ...share, label: "adoption" },
  queriesPerEngineerPerDay: { minimum: 0, maximum: 1e5, uncertain: true, label: "queries per engineer per day" },
  inputTokensPerQuery: { minimum: 0, maximum: 1e7, uncertain: true, label: "input tokens per query" },
  outputTokensPerQuery: { minimum: 0, maximum: 1e6, uncertain: true, label: "output tokens per query" },
  cachedInputShare: { ...share, label: "cached input share" },
  annualHeadcountGrowth: { minimum: -0.9, maximum: 10, uncertain: true, label: "annual head-count growth" },

  accuracy: { ...share, minimumExclusive: true, label: "accuracy" },
  fixedCostPerYear: { ...money, label: "fixed cost per year" },

  inputPricePerMTok: { ...unitPrice, label: "input price per 1M tokens" },
  cachedInputPricePerMTok: { ...unitPrice, label: "cached input price per 1M tokens" },
  outputPricePerMTok: { ...unitPrice, label: "output price per 1M tokens" },
  discount: { ...share, maximumExclusive: true, label: "discount" },
  annualPriceChange: { minimum: -0.99, maximum: 10, uncertain: true, label: "annual price change" },

  pricePerSeatPerMonth: { ...unitPrice, label: "price per seat per month" },
  minimumSeats: { minimum: 0, maximum: 1e9, wholeNumber: true, uncertain: false, label: "minimum seats" },

  daptGpuHours: { minimum: 0, maximum: 1e9, uncertain: true, label: "DAPT GPU-hours" },
  sftGpuHours: { minimum: 0, maximum: 1e9, uncertain: true, label: "SFT GPU-hours" },
  trainingGpuHourPrice: { ...unitPrice, label: "training GPU-hour price" },
  dataPreparationCost: { ...money, label: "data preparation cost" },
  retrainingsPerYear: { minimum: 0, maximum: 365, uncertain: true, label: "retrainings per year" },
  gpusPerReplica: { minimum: 0, maximum: 1e6, minimumExclusive: true, uncertain: true, label: "GPUs per replica" },
  servingGpuHourPrice: { ...unitPrice, label: "serving GPU-hour price" },
  throughputTokensPerSecond: {
    minimum: 0,
    maximum: 1e12,
    minimumExclusive: true,
    practicalMinimum: divisorFloor,
    uncertain: true,
    label: "throughput per replica (tokens/s)",
  },
  utilization: { ...share, minimumExclusive: true, practicalMinimum: divisorFloor, label: "utilization" },
  peakHoursPerDay: {
    minimum: 0,
    maximum: 24,
    minimumExclusive: true,
    practicalMinimum: divisorFloor,
    uncertain: true,
    label: "peak hours per day",
  },
  minReplicas: { minimum: 0, maximum: 1e6, wholeNumber: true, uncertain: false, label: "minimum replicas" },
  overheadMultiplier: { minimum: 1, maximum: 100, uncertain: true, label: "serving overhead multiplier" },
  opsFte: { minimum: 0, maximum: 1e6, uncertain: true, label: "operations FTE" },
  costPerFtePerYear: { minimum: 0, maximum: 1e9, uncertain: true, label: "cost per FTE per year" },
} as const satisfies Record<string, FieldRange>;

export type NumericFieldName = keyof typeof fieldRanges;

export function isNumericFieldName(name: string): name is NumericFieldName {
  return Object.hasOwn(fieldRanges, name);
}

/** Formats a limit for an error message: 10000000 as "10,000,000", 1e-6 as "0.000001". */
export function formatLimit(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: 12 });
}

/** Describes the allowed range in the form used by error messages: "must be > 0 and <= 1". */
export function describeRange(range: FieldRange): string {
  const lower = `${range.minimumExclusive ? ">" : ">="} ${formatLimit(range.minimum)}`;
  const upper = `${range.maximumExclusive ? "<" : "<="} ${formatLimit(range.maximum)}`;

  return `must be ${lower} and ${upper}`;
}

/**
 * Checks a plain value against a field's range. Returns the error message, or null when
 * the value is valid. `checkWholeNumber` is false for distribution parameters.
 */
export function checkRange(range: FieldRange, value: number, checkWholeNumber = true): string | null {
  const tooSmall = range.minimumExclusive ? value <= range.minimum : value < range.minimum;
  const tooLarge = range.maximumExclusive ? value >= range.maximum : value > range.maximum;
  if (tooSmall || tooLarge) {
    return describeRange(range);
  }

  if (range.practicalMinimum !== undefined && value < range.practicalMinimum) {
    return `must be at least ${formatLimit(range.practicalMinimum)}, because a smaller divisor makes the cost overflow`;
  }

  if (checkWholeNumber && range.wholeNumber && !Number.isInteger(value)) {
    return "must be a whole number";
  }

  return null;
}

/**
 * Returns the smallest and largest values inside a field's range. An exclusive bound is
 * replaced by the nearest value inside it, offset by 1e-9 relative to the bound, which no
 * cost figure can resolve.
 */
export function rangeBounds(range: FieldRange): { lowest: number; highest: number } {
  const minimumOffset = 1e-9 * Math.max(1, Math.abs(range.minimum));
  const maximumOffset = 1e-9 * Math.max(1, Math.abs(range.maximum));
  const lowest = Math.max(
    range.minimumExclusive ? range.minimum + minimumOffset : range.minimum,
    range.practicalMinimum ?? -Infinity,
  );

  return { lowest, highest: range.maximumExclusive ? range.maximum - maximumOffset : range.maximum };
}

/** Moves a value into a field's range (see `rangeBounds`). */
export function clampToRange(range: FieldRange, value: number): number {
  const { lowest, highest } = rangeBounds(range);

  return Math.min(highest, Math.max(lowest, value));
}
