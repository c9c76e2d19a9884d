/**
 * Helpers of the charts' logarithmic axes. A log scale has no place for 0 or a negative value,
 * so such values are left out of the domain and of the drawn lines; a note under the chart names the series that lost points.
 */

/** Whole decades around the positive values, e.g. [1,000, 1,000,000]; null when none is positive. */
export function logDomain(values: readonly number[]): [number, number] | null {
  const positive = values.filter((value) => Number.isFinite(value) && value > 0);
  if (positive.length === 0) return null;

  const low = 10 ** Math.floor(Math.log10(Math.min(...positive)));
  const high = 10 ** Math.ceil(Math.log10(Math.max(...positive)));

  return high > low ? [low, high] : [low, low * 10];
}

/**
 * Tick values of a log axis: each power of ten, with 2 and 5 times it when the domain spans
 * fewer than three decades, and every other power when it spans more than eight.
 */
export function logTicks([low, high]: readonly [number, number]): number[] {
  const first = Math.round(Math.log10(low));
  const last = Math.round(Math.log10(high));
  const decades = last - first;
  const step = decades > 8 ? 2 : 1;
  const ticks: number[] = [];
  for (let exponent = first; exponent <= last; exponent += step) {
    const power = 10 ** exponent;
    ticks.push(power);
    if (decades < 3 && exponent < last) ticks.push(2 * power, 5 * power);
  }

  return ticks;
}

/** Splits a line into runs of points with a positive value; a point at or below 0 ends a run. */
export function positiveRuns<T>(points: readonly T[], valueOf: (point: T) => number): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
  for (const point of points) {
    if (valueOf(point) > 0) {
      run.push(point);
    } else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);

  return runs;
}
