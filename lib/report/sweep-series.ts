/**
 * Chart data of the scale sweep: the TCO of each option at each head count of the sweep's
 * log grid, and where each compared option breaks even with its baseline.
 */

export interface SweepPointInput {
  engineers: number;
  totals: Record<string, number>;
}

export interface BreakEvenInput {
  optionId: string;
  baselineId: string;
  breakEvenEngineers: number | null;
}

export interface SweepSeries {
  optionId: string;
  name: string;
  points: { engineers: number; total: number }[];
}

export interface BreakEvenMarker {
  optionId: string;
  baselineId: string;
  engineers: number;
  /** Baseline TCO at the break-even head count, interpolated between grid points. */
  total: number;
}

export interface SweepChartData {
  series: SweepSeries[];
  /** Break-even points inside the swept range; one outside it is listed in the tables only. */
  breakEvens: BreakEvenMarker[];
  engineersDomain: [number, number];
  totalDomain: [number, number];
  /** Head count of the scenario itself, marked on the chart. */
  currentEngineers: number;
}

/**
 * Interpolates a series at `engineers`, linearly in log(head count), which is how the chart
 * draws the segment between two grid points. Returns null outside the series.
 */
export function interpolateOnLogGrid(points: readonly { engineers: number; total: number }[], engineers: number): number | null {
  for (let index = 1; index < points.length; index += 1) {
    const left = points[index - 1];
    const right = points[index];
    if (engineers < left.engineers || engineers > right.engineers) continue;
    if (right.engineers === left.engineers) return left.total;

    const position = (Math.log(engineers) - Math.log(left.engineers)) / (Math.log(right.engineers) - Math.log(left.engineers));

    return left.total + position * (right.total - left.total);
  }

  return null;
}

export function buildSweepChartData(
  points: readonly SweepPointInput[],
  options: readonly { id: string; name: string }[],
  comparisons: readonly BreakEvenInput[],
  currentEngineers: number,
): SweepChartData {
  // Head count 0 has no place on a log axis.
  const grid = points.filter((point) => point.engineers > 0).toSorted((left, right) => left.engineers - right.engineers);
  const series = options.map((option) => ({
    optionId: option.id,
    name: option.name,
    // A point without a finite total for this option is left out, so the line never dips to an invented 0.
    points: grid.flatMap((point) => {
      const total = point.totals[option.id];

      return typeof total === "number" && Number.isFinite(total) ? [{ engineers: point.engineers, total }] : [];
    }),
  }));

  const breakEvens = comparisons.flatMap((comparison) => {
    const baseline = series.find((candidate) => candidate.optionId === comparison.baselineId);
    const engineers = comparison.breakEvenEngineers;
    if (!baseline || engineers === null) return [];

    const total = interpolateOnLogGrid(baseline.points, engineers);

    return total === null ? [] : [{ optionId: comparison.optionId, baselineId: comparison.baselineId, engineers, total }];
  });

  const totals = series.flatMap((candidate) => candidate.points.map((point) => point.total));
  const engineersDomain: [number, number] = grid.length > 0 ? [grid[0].engineers, grid[grid.length - 1].engineers] : [1, 10];

  return {
    series,
    breakEvens,
    engineersDomain,
    totalDomain: [0, Math.max(0, ...totals)],
    currentEngineers,
  };
}
