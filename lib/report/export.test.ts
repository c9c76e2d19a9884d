import { describe, expect, it } from "vitest";

import { csvCell, reportToCsv, reportToJson } from "./export";
import type { ReportData } from "./report-data";

function sampleReport(overrides: Partial<ReportData> = {}): ReportData {
  return {
    scenario: { name: "=HYPERLINK(\"http://example.test\")", description: null },
    currency: "USD",
    revision: { number: 3, pinned: true },
    pricesAsOf: "2024-04-15",
    catalogChangedSince: false,
    hideUnitPrices: false,
    years: 1,
    engineersAtStart: 1000,
    totalQueries: 5_000_000,
    cheapestOptionId: "chipnemo",
    options: [
      { id: "opus", name: "Claude 3 Opus", kind: "api", accuracy: 1, accuracyAssumed: false, total: 262_500, oneTimeCost: 0, costPerQuery: 0.0525, costPerEngineerMonth: 21.875, costPerAcceptedAnswer: 0.0525, servingMode: null },
      { id: "chipnemo", name: "ChipNeMo-70B", kind: "selfHosted", accuracy: 1, accuracyAssumed: false, total: 12_850.64, oneTimeCost: 426.4, costPerQuery: 0.00257, costPerEngineerMonth: 1.07, costPerAcceptedAnswer: 0.00257, servingMode: "utilization" },
    ],
    comparisons: [{ optionId: "chipnemo", baselineId: "opus", savings: 0.951, breakEvenEngineers: 1.7, cheaperAbove: true, paybackMonth: 0 }],
    yearly: [{ optionId: "opus", name: "Claude 3 Opus", year: 1, training: 0, usage: 262_500, operations: 0, fixed: 0, total: 262_500 }],
    sweep: { series: [{ optionId: "opus", name: "Claude 3 Opus", points: [{ engineers: 10, total: 2625 }] }], breakEvens: [], engineersDomain: [10, 10], totalDomain: [0, 2625], currentEngineers: 1000 },
    cumulative: { months: [0, 1], series: [{ optionId: "opus", name: "Claude 3 Opus", values: [0, 21_875] }], paybacks: [] },
    tornado: {
      optionId: "chipnemo",
      baselineId: "opus",
      baseSavings: 0.951,
      bars: [{ input: "options[0].outputPricePerMTok", label: "Claude 3 Opus: output price", low: 56.25, high: 93.75, savingsAtLow: -0.25, savingsAtHigh: 0.96, swing: 1.21 }],
    },
    monteCarlo: null,
    assumptions: [
      { optionId: "opus", optionName: "Claude 3 Opus", field: "outputPricePerMTok", value: 75, entry: "Anthropic Claude 3 Opus", sourceUrl: "https://www.anthropic.com/pricing", checkedAt: "2024-04-15", verified: true, unitPrice: true },
      { optionId: "chipnemo", optionName: "ChipNeMo-70B", field: "daptGpuHours", value: 100, entry: "ChipNeMo-70B", sourceUrl: null, checkedAt: null, verified: true, unitPrice: false },
    ],
    ...overrides,
  };
}

describe("csvCell", () => {
  it.each([
    ["=1+2", "'=1+2"],
    ["+SUM(A1)", "'+SUM(A1)"],
    ["-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tTAB", "'\tTAB"],
    ["\rCR", "\"'\rCR\""],
    ["plain text", "plain text"],
    ["-0.25", "-0.25"],
    ["+3e5", "+3e5"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
  ])("writes %j as %j", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it("keeps numbers numeric, negative ones too", () => {
    expect(csvCell(-0.25)).toBe("-0.25");
    expect(csvCell(262_500)).toBe("262500");
  });

  it("writes null and non-finite numbers as empty cells", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell(Number.NaN)).toBe("");
  });
});

describe("reportToCsv", () => {
  it("writes every section with the totals", () => {
    const lines = reportToCsv(sampleReport()).split("\r\n");

    expect(lines[0]).toBe("section,option,against,point,metric,value");
    expect(lines).toContain("option,opus,,,total,262500");
    expect(lines).toContain("option,chipnemo,,,total,12850.64");
    expect(lines).toContain("comparison,chipnemo,opus,,savings,0.951");
    expect(lines).toContain("yearly,opus,,1,usage,262500");
    expect(lines).toContain("sweep,opus,,10,total,2625");
    expect(lines).toContain("cumulative,opus,,1,cost,21875");
    expect(lines).toContain("tornado,chipnemo,opus,options[0].outputPricePerMTok,savingsAtLow,-0.25");
    expect(lines).toContain("assumption,opus,,Anthropic Claude 3 Opus,outputPricePerMTok,75");
  });

  it("neutralizes a scenario name that looks like a formula", () => {
    expect(reportToCsv(sampleReport())).toContain(`scenario,,,,name,"'=HYPERLINK(""http://example.test"")"`);
  });

  it("omits hidden unit prices", () => {
    const report = sampleReport({
      hideUnitPrices: true,
      assumptions: [{ ...sampleReport().assumptions[0], value: null }, sampleReport().assumptions[1]],
    });
    const csv = reportToCsv(report);

    expect(csv).not.toContain("outputPricePerMTok,75");
    expect(csv).not.toMatch(/assumption,opus/);
    expect(csv).toContain("assumption,chipnemo,,ChipNeMo-70B,daptGpuHours,100");
    expect(csv).toContain("option,opus,,,total,262500");
  });
});

describe("reportToJson", () => {
  it("round-trips the numbers", () => {
    const parsed = JSON.parse(reportToJson(sampleReport()));

    expect(parsed.options[0].total).toBe(262_500);
    expect(parsed.comparisons[0].savings).toBe(0.951);
    expect(parsed.assumptions).toHaveLength(2);
  });

  it("leaves hidden unit prices out", () => {
    const report = sampleReport({ hideUnitPrices: true, assumptions: [{ ...sampleReport().assumptions[0], value: null }] });
    const parsed = JSON.parse(reportToJson(report));

    expect(parsed.assumptions).toEqual([]);
    expect(JSON.stringify(parsed)).not.toContain("anthropic.com/pricing");
  });
});
