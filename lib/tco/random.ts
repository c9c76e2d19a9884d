import type { Distribution } from "./distributions";

/** Source of uniform numbers in [0, 1). */
export type RandomSource = () => number;

/** Advances splitmix32 by one step, which spreads a 32-bit seed into well-mixed 32-bit words. */
function splitmix32(state: number): { state: number; value: number } {
  const next = (state + 0x9e3779b9) | 0;
  let value = next;
  value = Math.imul(value ^ (value >>> 16), 0x21f0aaad);
  value = Math.imul(value ^ (value >>> 15), 0x735a2d97);
  value ^= value >>> 15;

  return { state: next, value: value >>> 0 };
}

/**
 * Creates a seeded sfc32 generator (Chris Doty-Humphrey's Small Fast Chaotic generator,
 * 128-bit state), with its state filled by splitmix32 from the seed.
 *
 * It is not cryptographic, and need not be. It passes the PractRand and BigCrush
 * statistical test batteries. Its period is at least 2^32 and about 2^127 on average,
 * while a Monte Carlo run draws 10^4 to 10^7 numbers, far below any known bias. Each
 * number has 32 random bits, fine-grained enough for percentiles of 10^6 samples. The
 * same seed always gives the same sequence.
 */
export function createRandom(seed: number): RandomSource {
  let seedState = seed | 0;
  const words: number[] = [];
  for (let index = 0; index < 4; index += 1) {
    const step = splitmix32(seedState);
    seedState = step.state;
    words.push(step.value);
  }

  let [a, b, c, d] = words;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let value = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    value = (value + d) | 0;
    c = (c + value) | 0;

    return (value >>> 0) / 4294967296;
  };

  // Discards 12 outputs, as PractRand's own seeding of sfc32 does, so that the state is mixed before use.
  for (let index = 0; index < 12; index += 1) {
    next();
  }

  return next;
}

/** 90th percentile of the standard normal distribution. */
const standardNormalP90 = 1.2815515655446004;

/**
 * Returns a function that draws from a distribution. A lognormal draw uses the
 * Box-Muller transform and is not bounded; callers clamp it to the field's range.
 */
export function createSampler(distribution: Distribution, random: RandomSource): () => number {
  switch (distribution.distribution) {
    case "uniform": {
      const { min, max } = distribution;

      return () => min + (max - min) * random();
    }

    case "triangular": {
      const { min, mode, max } = distribution;
      const width = max - min;
      // Share of the probability mass left of the mode; 0 when min equals max.
      const modeShare = width === 0 ? 0 : (mode - min) / width;

      return () => {
        const u = random();
        if (u < modeShare) {
          return min + Math.sqrt(u * width * (mode - min));
        }

        return max - Math.sqrt((1 - u) * width * (max - mode));
      };
    }

    case "lognormal": {
      const mu = Math.log(Math.sqrt(distribution.p10 * distribution.p90));
      const sigma = (Math.log(distribution.p90) - Math.log(distribution.p10)) / (2 * standardNormalP90);

      return () => Math.exp(mu + sigma * standardNormal(random));
    }
  }
}

/** Draws a standard normal number with the Box-Muller transform (one of the pair; simpler than caching the other). */
function standardNormal(random: RandomSource): number {
  // 1 - u lies in (0, 1], so the logarithm is finite.
  const radius = Math.sqrt(-2 * Math.log(1 - random()));

  return radius * Math.cos(2 * Math.PI * random());
}
