import { fieldRanges, isNumericFieldName, rangeBounds } from "./fields";
import { quantileOfSorted, savingsOf } from "./math";
import { createRandom, createSampler } from "./random";
import { fieldSetter, listUncertainInputs, resolveScenario } from "./resolve";
import type { Scenario } from "./schema";
import { assertValidScale, cheapestIndex, computeTotals, createTotalsWorkspace, setScale } from "./totals";

export interface MonteCarloOptions {
  /** Number of draws, 1 to 1,000,000 (default 10,000). */
  samples?: number;
  /** Seed of the generator, an integer from 0 to 2^32 - 1 (default 1). The same seed gives the same result. */
  seed?: number;
  /** Multiplies every team's engineers (default 1). */
  scale?: number;
}

export interface MonteCarloOptionResult {
  id: string;
  p5: number;
  p50: number;
  p95: number;
  mean: number;
  /** Share of samples in which this option has the lowest TCO; a tie goes to the first in list order. */
  probabilityCheapest: number;
}

/** Percentiles of `1 - TCO_option / TCO_baseline`; null when the baseline cost nothing in every sample. */
export interface MonteCarloSavingsResult {
  optionId: string;
  baselineId: string;
  p5: number | null;
  p50: number | null;
  p95: number | null;
}

export interface MonteCarloResult {
  samples: number;
  seed: number;
  generator: string;
  /** Paths of the fields that carry a distribution; every other field keeps its value in every sample. */
  uncertainInputs: string[];
  options: MonteCarloOptionResult[];
  /** Every ordered pair of distinct options. */
  savings: MonteCarloSavingsResult[];
}

export const maximumMonteCarloSamples = 1_000_000;

/**
 * Draws every uncertain input independently, `samples` times, and reports percentiles of
 * every option's TCO and of each savings figure. Percentiles interpolate linearly between
 * order statistics. A lognormal draw outside its field's range is clamped to the range.
 */
export function runMonteCarlo(scenario: Scenario, options: MonteCarloOptions = {}): MonteCarloResult {
  const samples = options.samples ?? 10_000;
  const seed = options.seed ?? 1;
  const scale = options.scale ?? 1;
  assertValidOptions(samples, seed);
  assertValidScale(scale);

  const resolved = resolveScenario(scenario);
  const workspace = createTotalsWorkspace(resolved);
  const random = createRandom(seed);
  const uncertainInputs = listUncertainInputs(scenario);
  const draws = uncertainInputs.map((input) => {
    const range = isNumericFieldName(input.location.field) ? fieldRanges[input.location.field] : undefined;
    const { lowest, highest } = range === undefined ? { lowest: -Infinity, highest: Infinity } : rangeBounds(range);
    const sample = createSampler(input.distribution, random);
    const set = fieldSetter(resolved, input.location);

    return () => set(Math.min(highest, Math.max(lowest, sample())));
  });

  // totalsByOption[o][s]: TCO of option o in sample s.
  const optionCount = resolved.options.length;
  const totalsByOption = Array.from({ length: optionCount }, () => new Float64Array(samples));
  const cheapestCounts = new Array<number>(optionCount).fill(0);

  for (let sample = 0; sample < samples; sample += 1) {
    for (const draw of draws) {
      draw();
    }

    setScale(resolved, workspace, scale);
    const totals = computeTotals(resolved, workspace);
    for (let option = 0; option < optionCount; option += 1) {
      totalsByOption[option][sample] = totals[option];
    }
    cheapestCounts[cheapestIndex(totals)] += 1;
  }

  return {
    samples,
    seed,
    generator: "sfc32, seeded with splitmix32",
    uncertainInputs: uncertainInputs.map((input) => input.path),
    options: resolved.options.map((option, index) => summarizeTotals(option.id, totalsByOption[index], cheapestCounts[index])),
    savings: summarizeSavings(resolved.options.map((option) => option.id), totalsByOption),
  };
}

function assertValidOptions(samples: number, seed: number): void {
  if (!Number.isInteger(samples) || samples < 1 || samples > maximumMonteCarloSamples) {
    throw new RangeError(`samples must be a whole number from 1 to ${maximumMonteCarloSamples}, got ${samples}`);
  }

  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`seed must be a whole number from 0 to 4294967295, got ${seed}`);
  }
}

function summarizeTotals(id: string, totals: Float64Array, cheapestCount: number): MonteCarloOptionResult {
  let sum = 0;
  for (const total of totals) {
    sum += total;
  }

  const sorted = totals.slice().sort();

  return {
    id,
    p5: quantileOfSorted(sorted, 0.05),
    p50: quantileOfSorted(sorted, 0.5),
    p95: quantileOfSorted(sorted, 0.95),
    mean: sum / totals.length,
    probabilityCheapest: cheapestCount / totals.length,
  };
}

function summarizeSavings(ids: string[], totalsByOption: Float64Array[]): MonteCarloSavingsResult[] {
  const sampleCount = totalsByOption[0].length;
  // One buffer serves every pair. A sample whose baseline costs nothing is stored as NaN,
  // which a typed-array sort places last, so the percentiles leave it out.
  const buffer = new Float64Array(sampleCount);
  const results: MonteCarloSavingsResult[] = [];

  ids.forEach((optionId, optionIndex) => {
    ids.forEach((baselineId, baselineIndex) => {
      if (optionIndex === baselineIndex) {
        return;
      }

      let validCount = 0;
      for (let sample = 0; sample < sampleCount; sample += 1) {
        const savings = savingsOf(totalsByOption[optionIndex][sample], totalsByOption[baselineIndex][sample]);
        buffer[sample] = savings ?? Number.NaN;
        validCount += savings === null ? 0 : 1;
      }
      buffer.sort();

      const percentile = (p: number) => (validCount === 0 ? null : quantileOfSorted(buffer, p, validCount));
      results.push({ optionId, baselineId, p5: percentile(0.05), p50: percentile(0.5), p95: percentile(0.95) });
    });
  });

  return results;
}
