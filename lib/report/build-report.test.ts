import { describe, expect, it } from "vitest";

import { evaluateScenario, parseScenario } from "@/lib/tco";

import { buildReportData, hasDistributions, sweepRange } from "./build-report";

const comparison = (breakEvenEngineers: number | null) => ({ optionId: "a", baselineId: "b", savings: 0.5, breakEvenEngineers, cheaperAbove: true, paybackMonth: 0 });

describe("sweepRange", () => {
  it("is 10 to 100,000 engineers by default", () => {
    expect(sweepRange(1000, [comparison(null)])).toEqual({ minEngineers: 10, maxEngineers: 100_000 });
  });

  it("widens to include a small break-even and a large team", () => {
    expect(sweepRange(400_000, [comparison(1.7)])).toEqual({ minEngineers: 1, maxEngineers: 800_000 });
  });

  it("stays within 1 to 10,000,000", () => {
    expect(sweepRange(9_000_000, [comparison(0.2)])).toEqual({ minEngineers: 1, maxEngineers: 10_000_000 });
  });
});

describe("hasDistributions", () => {
  it("finds a distribution nested in an option", () => {
    expect(hasDistributions({ options: [{ id: "x", utilization: { distribution: "triangular", min: 0.3, mode: 0.6, max: 0.9 } }] })).toBe(true);
  });

  it("is false for point values", () => {
    expect(hasDistributions({ teams: [{ engineers: 10 }], options: [{ id: "x", utilization: 1 }] })).toBe(false);
  });
});

describe("buildReportData", () => {
  const document = {
    name: "ChipNeMo against frontier APIs",
    horizon: { years: 1, workingDaysPerYear: 250 },
    teams: [{ name: "Design verification", engineers: 1000, queriesPerEngineerPerDay: 20, inputTokensPerQuery: 1000, outputTokensPerQuery: 500 }],
    options: [
      { id: "opus", name: "Claude 3 Opus", kind: "api", inputPricePerMTok: 15, outputPricePerMTok: 75 },
      { id: "gpt4t", name: "GPT-4 Turbo", kind: "api", inputPricePerMTok: 10, outputPricePerMTok: 30 },
      {
        id: "chipnemo",
        name: "ChipNeMo-70B",
        kind: "selfHosted",
        daptGpuHours: 100,
        sftGpuHours: 4,
        trainingGpuHourPrice: 4.1,
        servingMode: "utilization",
        gpusPerReplica: 8,
        servingGpuHourPrice: 4.1,
        throughputTokensPerSecond: 5500,
        utilization: 1,
      },
    ],
    baselineId: "opus",
  };
  const build = (value: unknown, hideUnitPrices = false) => {
    const model = parseScenario(value);

    return buildReportData({
      document: value,
      model,
      evaluation: evaluateScenario(model),
      provenance: [],
      scenario: { name: "Reference", description: null },
      currency: "USD",
      revision: { number: 1, pinned: false },
      pricesAsOf: "2024-04-15",
      catalogChangedSince: false,
      hideUnitPrices,
      monteCarloSamples: 2000,
    });
  };

  it("gives the reference numbers and headline comparisons", () => {
    const report = build(document);

    expect(report.cheapestOptionId).toBe("chipnemo");
    expect(report.options.map((option) => Math.round(option.total * 100) / 100)).toEqual([262_500, 125_000, 12_850.64]);
    expect(report.comparisons.map((comparison) => comparison.baselineId)).toEqual(["opus", "gpt4t"]);
    expect(report.comparisons[0].savings).toBeCloseTo(0.951, 3);
    expect(report.comparisons[1].savings).toBeCloseTo(0.897, 3);
    expect(report.tornado?.baselineId).toBe("opus");
    expect(report.monteCarlo).toBeNull();
    // The break-even near 1.7 engineers lies on the widened grid.
    expect(report.sweep.engineersDomain[0]).toBe(1);
    expect(report.sweep.breakEvens.map((marker) => marker.baselineId)).toEqual(["opus", "gpt4t"]);
  });

  it("lists unit prices set in the scenario and hides them on request", () => {
    expect(build(document).assumptions.find((row) => row.optionId === "opus" && row.field === "outputPricePerMTok")).toMatchObject({ value: 75, entry: null });

    const hidden = build(document, true);
    expect(hidden.assumptions.filter((row) => row.unitPrice).every((row) => row.value === null)).toBe(true);
  });

  it("adds Monte Carlo bands only when inputs carry distributions", () => {
    const uncertain: { options: Record<string, unknown>[] } = structuredClone(document);
    uncertain.options[2].utilization = { distribution: "triangular", min: 0.3, mode: 0.6, max: 0.9 };
    const report = build(uncertain);

    expect(report.monteCarlo?.samples).toBe(2000);
    expect(report.monteCarlo?.uncertainInputs).toEqual(["options[2].utilization"]);
    const chipnemo = report.monteCarlo!.options.find((option) => option.id === "chipnemo")!;
    expect(chipnemo.p5).toBeLessThan(chipnemo.p50);
    expect(chipnemo.p50).toBeLessThan(chipnemo.p95);
    // The same seed gives the same bands.
    expect(build(uncertain).monteCarlo).toEqual(report.monteCarlo);
  });
});
