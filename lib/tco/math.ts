/**
 * Rounds a count of seats or replicas up, ignoring float noise: 1000.0000000001 gives 1000.
 * The tolerance is 1e-9, relative to the count once it exceeds 1, because the noise of a
 * float64 sum grows with its magnitude.
 */
export function ceilWithTolerance(value: number): number {
  // Adding 0 turns the -0 that Math.ceil returns for tiny positive values into 0.
  return Math.ceil(value - 1e-9 * Math.max(1, Math.abs(value))) + 0;
}

/**
 * Divides, returning null when the denominator is 0 or the quotient is not finite (a
 * denominator so small that the quotient overflows float64).
 */
export function divideOrNull(numerator: number, denominator: number): number | null {
  if (denominator === 0) {
    return null;
  }

  const quotient = numerator / denominator;

  return Number.isFinite(quotient) ? quotient : null;
}

/** Returns `1 - total / baselineTotal`, or null when the baseline costs nothing. */
export function savingsOf(total: number, baselineTotal: number): number | null {
  const ratio = divideOrNull(total, baselineTotal);

  return ratio === null ? null : 1 - ratio;
}

/**
 * Returns the p-quantile (0..1) of ascending sorted values, interpolating linearly between
 * neighbouring order statistics (the method numpy and R use by default). `count` lets the
 * caller ignore a tail of the array.
 */
export function quantileOfSorted(sorted: ArrayLike<number>, p: number, count = sorted.length): number {
  const position = (count - 1) * p;
  const lower = Math.floor(position);
  const upper = Math.min(count - 1, lower + 1);
  const weight = position - lower;

  return sorted[lower] + weight * (sorted[upper] - sorted[lower]);
}
