import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { UncertainNumber } from "./distributions";
import { evaluateScenario } from "./evaluate";
import { runMonteCarlo } from "./monte-carlo";
import { createRandom, createSampler } from "./random";
import { apiOption, buildScenario, selfHostedOption, team } from "./testing";

// 100 engineers send 5e8 input and 2.5e8 output tokens: at $4 per 1M output tokens the
// output costs $1,000, and each $1 of input price adds $500.
const uncertainPrice = (inputPricePerMTok: UncertainNumber) =>
  buildScenario({ options: [apiOption({ inputPricePerMTok }), apiOption({ id: "fixed", name: "Fixed price" })] });

describe("runMonteCarlo", () => {
  it("reports percentiles of a uniform price", () => {
    // Price uniform on [1, 3]: TCO uniform on [1,500, 2,500].
    const result = runMonteCarlo(uncertainPrice({ distribution: "uniform", min: 1, max: 3 }), { samples: 10_000, seed: 7 });
    const api = result.options[0];

    expect(result.uncertainInputs).toEqual(["options[0].inputPricePerMTok"]);
    expect(api.p5).toBeCloseTo(1550, -1.5);
    expect(api.p50).toBeCloseTo(2000, -1.5);
    expect(api.p95).toBeCloseTo(2450, -1.5);
    expect(api.mean).toBeCloseTo(2000, -1.5);
  });

  it("estimates the probability of being cheapest", () => {
    // The fixed option costs $2,000; the uncertain one is cheaper in half the samples.
    const result = runMonteCarlo(uncertainPrice({ distribution: "uniform", min: 1, max: 3 }), { samples: 10_000, seed: 7 });
    const probabilities = result.options.map((option) => option.probabilityCheapest);

    expect(probabilities[0]).toBeGreaterThan(0.48);
    expect(probabilities[0]).toBeLessThan(0.52);
    expect(probabilities[0] + probabilities[1]).toBe(1);
  });

  it("matches the quantiles of a lognormal price", () => {
    // Median sqrt(1 * 4) = 2; sigma = ln 4 / (2 * 1.2816) = 0.5409; P95 = 2 * exp(1.6449 * 0.5409) = 4.869.
    const result = runMonteCarlo(uncertainPrice({ distribution: "lognormal", p10: 1, p90: 4 }), { samples: 20_000, seed: 3 });

    expect(result.options[0].p50 / 2000).toBeCloseTo(1, 1);
    expect(result.options[0].p95 / (1000 + 500 * 4.869)).toBeCloseTo(1, 1);
  });

  it("matches the mean of a triangular price", () => {
    // Mean (1 + 2 + 6) / 3 = 3, so the mean TCO is 1,000 + 500 * 3 = 2,500.
    const result = runMonteCarlo(uncertainPrice({ distribution: "triangular", min: 1, mode: 2, max: 6 }), { samples: 20_000, seed: 5 });

    expect(result.options[0].mean / 2500).toBeCloseTo(1, 2);
  });

  it("clamps lognormal draws to the field's range", () => {
    // Utilization above 1 is impossible, so no sample can cost less than at utilization 1.
    const scenario = buildScenario({
      options: [selfHostedOption({ utilization: { distribution: "lognormal", p10: 0.6, p90: 1 } })],
    });
    const cheapest = evaluateScenario(buildScenario({ options: [selfHostedOption({ utilization: 1 })] })).options[0].total;
    const result = runMonteCarlo(scenario, { samples: 2000, seed: 1 });

    expect(result.options[0].p5).toBeGreaterThanOrEqual(cheapest - 1e-9);
  });

  it("gives identical results for the same seed", () => {
    const scenario = uncertainPrice({ distribution: "triangular", min: 1, mode: 2, max: 6 });

    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        expect(runMonteCarlo(scenario, { samples: 200, seed })).toEqual(runMonteCarlo(scenario, { samples: 200, seed }));
      }),
      { numRuns: 50 },
    );
  });

  it("differs between seeds", () => {
    const scenario = uncertainPrice({ distribution: "uniform", min: 1, max: 3 });

    expect(runMonteCarlo(scenario, { samples: 100, seed: 1 }).options[0].p50).not.toBe(
      runMonteCarlo(scenario, { samples: 100, seed: 2 }).options[0].p50,
    );
  });

  it("reports null savings when the baseline always costs nothing", () => {
    const scenario = buildScenario({
      teams: [team({ engineers: 0 })],
      options: [apiOption({ id: "a" }), apiOption({ id: "b" })],
    });
    const savings = runMonteCarlo(scenario, { samples: 10, seed: 1 }).savings[0];

    expect(savings).toEqual({ optionId: "a", baselineId: "b", p5: null, p50: null, p95: null });
  });

  it.each([
    { samples: 0, seed: 1 },
    { samples: 1.5, seed: 1 },
    { samples: 2_000_000, seed: 1 },
    { samples: 10, seed: -1 },
    { samples: 10, seed: 2 ** 32 },
  ])("rejects samples $samples and seed $seed", (options) => {
    expect(() => runMonteCarlo(uncertainPrice(2), options)).toThrow(RangeError);
  });
});

describe("createRandom", () => {
  it("repeats its sequence for a seed", () => {
    const first = createRandom(42);
    const second = createRandom(42);

    for (let index = 0; index < 100; index += 1) {
      expect(first()).toBe(second());
    }
  });

  it("draws uniformly from [0, 1)", () => {
    const random = createRandom(9);
    const bins = new Array<number>(10).fill(0);
    let smallest = 1;
    let largest = 0;
    for (let index = 0; index < 100_000; index += 1) {
      const value = random();
      smallest = Math.min(smallest, value);
      largest = Math.max(largest, value);
      bins[Math.floor(value * 10)] += 1;
    }

    expect(smallest).toBeGreaterThanOrEqual(0);
    expect(largest).toBeLessThan(1);

    // Each bin expects 10,000 draws; 4 standard deviations is about 380.
    for (const count of bins) {
      expect(Math.abs(count - 10_000)).toBeLessThan(380);
    }
  });

  it("keeps triangular draws between min and max", () => {
    const sample = createSampler({ distribution: "triangular", min: 2, mode: 3, max: 7 }, createRandom(1));
    const values = Array.from({ length: 10_000 }, sample);
    const belowMode = values.filter((value) => value < 3).length;

    expect(Math.min(...values)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...values)).toBeLessThanOrEqual(7);

    // P(X < mode) = (mode - min) / (max - min) = 0.2.
    expect(belowMode / 10_000).toBeCloseTo(0.2, 1);
  });

  it("returns min for a triangular distribution without width", () => {
    const sample = createSampler({ distribution: "triangular", min: 2, mode: 2, max: 2 }, createRandom(1));

    expect(sample()).toBe(2);
  });
});
