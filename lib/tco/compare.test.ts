import { describe, expect, it } from "vitest";

import { paybackMonth, type Comparison } from "./compare";
import { evaluateScenario } from "./evaluate";
import { getPreset } from "./presets";
import type { Scenario } from "./schema";
import { apiOption, buildScenario, selfHostedOption, team } from "./testing";

function comparisonOf(scenario: Scenario, optionId: string, baselineId: string): Comparison {
  const comparison = evaluateScenario(scenario).comparisons.find(
    (entry) => entry.optionId === optionId && entry.baselineId === baselineId,
  );
  if (comparison === undefined) {
    throw new Error(`no comparison of ${optionId} with ${baselineId}`);
  }

  return comparison;
}

describe("paybackMonth", () => {
  it.each([
    // One-time 6,000 then 500 a month against 1,000 a month: 6,000 + 500 m <= 1,000 m from m = 12.
    { name: "month 12", option: { oneTimeCost: 6000, yearTotals: [12000, 6000] }, baseline: [12000, 12000], expected: 12 },
    // One-time 7,000: 7,000 + 500 m <= 1,000 m from m = 14, in year 2.
    { name: "month 14", option: { oneTimeCost: 7000, yearTotals: [13000, 6000] }, baseline: [12000, 12000], expected: 14 },
    { name: "never within horizon", option: { oneTimeCost: 7000, yearTotals: [13000] }, baseline: [12000], expected: null },
    { name: "no one-time cost", option: { oneTimeCost: 0, yearTotals: [100] }, baseline: [12000], expected: 0 },
    { name: "equal costs", option: { oneTimeCost: 0, yearTotals: [12000] }, baseline: [12000], expected: 0 },
  ])("$name", ({ option, baseline, expected }) => {
    expect(paybackMonth(option, { oneTimeCost: 0, yearTotals: baseline })).toBe(expected);
  });

  it("spreads retraining over the months of its year", () => {
    // Self-hosted, no users: one-time 416 + 8,584 = 9,000; operations 6,000 a year (500 a month);
    // year 2 adds 3 retraining runs * 416 = 1,248 (104 a month). Baseline: fixed 12,000 a year.
    // End of year 1: 15,000 against 12,000. In year 2: 15,000 + 604 k <= 12,000 + 1,000 k from
    // k = 3,000 / 396 = 7.6, so month 12 + 8 = 20. Paying the retraining at the start of year 2
    // would give month 21 instead.
    const scenario = buildScenario({
      horizon: { years: 2 },
      teams: [team({ engineers: 0 })],
      options: [
        selfHostedOption({ dataPreparationCost: 8584, opsFte: 1, costPerFtePerYear: 6000, retrainingsPerYear: 3 }),
        apiOption({ fixedCostPerYear: 12000 }),
      ],
    });

    expect(comparisonOf(scenario, "self", "api").paybackMonth).toBe(20);
  });
});

describe("break-even engineers", () => {
  it("solves a linear crossing", () => {
    // Opus costs $262.50 per engineer; ChipNeMo $426.40 once plus 7.5e6 / 19.8e6 * $32.80 = $12.4242
    // per engineer, so they meet at 426.4 / (262.5 - 12.4242) = 1.7051 engineers.
    const comparison = comparisonOf(getPreset("chipnemo-2024"), "chipnemo-70b", "claude-3-opus");
    const perEngineer = (7.5e6 / (5500 * 3600)) * 8 * 4.1;

    expect(comparison.breakEvenEngineers).toBeCloseTo(426.4 / (262.5 - perEngineer), 5);
    expect(comparison.cheaperAbove).toBe(true);
    expect(comparison.breakEvenExact).toBe(true);
  });

  it("takes the first of several crossings", () => {
    // Dedicated ChipNeMo: one replica ($287,328 + $426.40 of training) serves up to 3,168 engineers
    // (3,300 tokens/s at 60 % of 5,500). GPT-4 Turbo costs $125 per engineer: cheaper from
    // 287,754.4 / 125 = 2,302.04 engineers, dearer again above 3,168 when a second replica starts.
    const comparison = comparisonOf(getPreset("chipnemo-2024-dedicated"), "chipnemo-70b", "gpt-4-turbo");

    expect(comparison.breakEvenEngineers).toBeCloseTo(287754.4 / 125, 5);
    expect(comparison.cheaperAbove).toBe(false);
  });

  it("stays cheaper above break-even against Opus", () => {
    // Two replicas ($575,082.40) at 3,169 engineers cost less than Opus ($831,862.50), and so on.
    const comparison = comparisonOf(getPreset("chipnemo-2024-dedicated"), "chipnemo-70b", "claude-3-opus");

    expect(comparison.breakEvenEngineers).toBeCloseTo(287754.4 / 262.5, 5);
    expect(comparison.cheaperAbove).toBe(true);
  });

  // A replica costs $140,160 a year and serves 480 engineers. The API costs 2.5 * $116.92 = $292.30
  // per engineer, so 480 engineers cost $140,304, just above one replica: the self-hosted option
  // is cheaper only from 140,160 / 292.3 = 479.51 to 480 engineers, a window of half an engineer.
  const narrowWindow = (trainingHours: number) =>
    buildScenario({
      teams: [team({ engineers: 1000 })],
      options: [
        selfHostedOption({ servingMode: "dedicated", daptGpuHours: trainingHours, sftGpuHours: 0 }),
        apiOption({ inputPricePerMTok: 0, outputPricePerMTok: 116.92 }),
      ],
    });

  it("finds a window narrower than one engineer", () => {
    const comparison = comparisonOf(narrowWindow(0), "self", "api");

    expect(comparison.breakEvenEngineers).toBeCloseTo(140160 / 292.3, 5);
    expect(comparison.cheaperAbove).toBe(false);
  });

  it("skips blocks without a window", () => {
    // $200 of training (50 GPU-hours * $4): block 1 ends $56 dearer (140,360 against 140,304);
    // block 2 opens a window from (280,320 + 200) / 292.3 = 959.70 to 960 engineers.
    const comparison = comparisonOf(narrowWindow(50), "self", "api");

    expect(comparison.breakEvenEngineers).toBeCloseTo(280520 / 292.3, 5);
    expect(comparison.cheaperAbove).toBe(false);
  });

  it("is null when the option is never cheaper", () => {
    const scenario = buildScenario({
      options: [apiOption({ id: "dear", fixedCostPerYear: 10 }), apiOption({ id: "cheap" })],
    });
    const comparison = comparisonOf(scenario, "dear", "cheap");

    expect(comparison.breakEvenEngineers).toBeNull();
    expect(comparison.cheaperAbove).toBeNull();
  });

  it("is 0 when the option is cheaper from the start", () => {
    const scenario = buildScenario({
      options: [apiOption({ id: "cheap" }), apiOption({ id: "dear", fixedCostPerYear: 10 })],
    });
    const comparison = comparisonOf(scenario, "cheap", "dear");

    expect(comparison.breakEvenEngineers).toBe(0);
    expect(comparison.cheaperAbove).toBe(true);
  });

  it("reports cheaperAbove false when the baseline wins at scale", () => {
    // Fixed $1,000 against $20 per engineer: the fixed option is dearer below 50 engineers only.
    const scenario = buildScenario({
      options: [apiOption({ id: "per-use" }), apiOption({ id: "flat", inputPricePerMTok: 0, outputPricePerMTok: 0, fixedCostPerYear: 1000 })],
    });

    expect(comparisonOf(scenario, "flat", "per-use").breakEvenEngineers).toBeCloseTo(50, 6);
    expect(comparisonOf(scenario, "flat", "per-use").cheaperAbove).toBe(true);
    expect(comparisonOf(scenario, "per-use", "flat").breakEvenEngineers).toBe(0);
    expect(comparisonOf(scenario, "per-use", "flat").cheaperAbove).toBe(false);
  });

  it("splits the head count evenly when every team has 0 engineers", () => {
    // Equal shares of two teams sending 20 and 60 queries a day: $20 and $60 per engineer,
    // $40 on average, so $1,000 flat breaks even at 25 engineers.
    const scenario = buildScenario({
      teams: [team({ engineers: 0 }), team({ engineers: 0, queriesPerEngineerPerDay: 60 })],
      options: [apiOption({ id: "per-use" }), apiOption({ id: "flat", inputPricePerMTok: 0, outputPricePerMTok: 0, fixedCostPerYear: 1000 })],
    });

    expect(comparisonOf(scenario, "flat", "per-use").breakEvenEngineers).toBeCloseTo(25, 6);
  });

  it("compares every ordered pair once", () => {
    const result = evaluateScenario(getPreset("chipnemo-2024"));
    const pairs = result.comparisons.map((entry) => `${entry.optionId}/${entry.baselineId}`);

    expect(pairs).toHaveLength(6);
    expect(new Set(pairs).size).toBe(6);
  });
});
