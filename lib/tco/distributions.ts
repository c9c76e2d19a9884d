/** Uniform distribution between `min` and `max`; its point value is the midpoint. */
export interface UniformDistribution {
  distribution: "uniform";
  min: number;
  max: number;
}

/** Triangular distribution; its point value is the mode. */
export interface TriangularDistribution {
  distribution: "triangular";
  min: number;
  mode: number;
  max: number;
}

/**
 * Lognormal distribution given by its 10th and 90th percentiles; its point value is the
 * median `sqrt(p10 * p90)`.
 */
export interface LognormalDistribution {
  distribution: "lognormal";
  p10: number;
  p90: number;
}

export type Distribution = UniformDistribution | TriangularDistribution | LognormalDistribution;

/** A numeric input: a plain number, or a distribution when the value is uncertain. */
export type UncertainNumber = number | Distribution;

export const distributionNames = ["uniform", "triangular", "lognormal"] as const;

export function isDistribution(value: unknown): value is Distribution {
  return typeof value === "object" && value !== null && "distribution" in value;
}

/** Returns the value plain evaluation uses: the number itself, or the distribution's point value. */
export function pointValue(value: UncertainNumber): number {
  if (typeof value === "number") {
    return value;
  }

  switch (value.distribution) {
    case "uniform":
      return (value.min + value.max) / 2;
    case "triangular":
      return value.mode;
    case "lognormal":
      return Math.sqrt(value.p10 * value.p90);
  }
}

/**
 * Returns the low and high ends that a sensitivity analysis uses for a distribution:
 * min and max, or p10 and p90 for a lognormal one.
 */
export function distributionBounds(value: Distribution): { low: number; high: number } {
  if (value.distribution === "lognormal") {
    return { low: value.p10, high: value.p90 };
  }

  return { low: value.min, high: value.max };
}
