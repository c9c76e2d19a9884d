/**
 * Cumulative cost month by month. Month 0 carries each option's one-time cost: the first
 * adaptation run and the data preparation. Every other cost of a year is spread evenly over
 * its 12 months, so month 12·y ends exactly on the total of years 1..y.
 */

export interface TimelineInput {
  id: string;
  name: string;
  oneTimeCost: number;
  years: readonly { total: number }[];
}

export interface PaybackInput {
  optionId: string;
  baselineId: string;
  paybackMonth: number | null;
}

export interface CumulativeSeries {
  optionId: string;
  name: string;
  /** Cumulative cost at the end of month m, m = 0..12·years. */
  values: number[];
}

export interface PaybackMarker {
  optionId: string;
  baselineId: string;
  month: number;
  /** Cumulative cost of the option in that month. */
  value: number;
}

export interface CumulativeChartData {
  months: number[];
  series: CumulativeSeries[];
  paybacks: PaybackMarker[];
}

export function cumulativeByMonth(option: TimelineInput): number[] {
  const values = [option.oneTimeCost];
  let before = option.oneTimeCost;

  option.years.forEach((year, yearIndex) => {
    const spread = year.total - (yearIndex === 0 ? option.oneTimeCost : 0);
    for (let month = 1; month <= 12; month += 1) values.push(before + spread * (month / 12));
    before += spread;
  });

  return values;
}

/** First month at which `option` has cost at most `baseline` so far, or null. */
export function findPaybackMonth(option: readonly number[], baseline: readonly number[]): number | null {
  const index = option.findIndex((value, month) => value <= baseline[month]);

  return index === -1 ? null : index;
}

export function buildCumulativeChartData(options: readonly TimelineInput[], comparisons: readonly PaybackInput[]): CumulativeChartData {
  const series = options.map((option) => ({ optionId: option.id, name: option.name, values: cumulativeByMonth(option) }));
  const monthCount = Math.max(0, ...series.map((candidate) => candidate.values.length));

  const paybacks = comparisons.flatMap((comparison) => {
    const option = series.find((candidate) => candidate.optionId === comparison.optionId);
    const month = comparison.paybackMonth;
    if (!option || month === null || month >= option.values.length) return [];

    return [{ optionId: comparison.optionId, baselineId: comparison.baselineId, month, value: option.values[month] }];
  });

  return { months: Array.from({ length: monthCount }, (_, month) => month), series, paybacks };
}
