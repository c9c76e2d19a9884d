import { describe, expect, it } from "vitest";

import { evaluateScenario } from "./evaluate";
import { ceilWithTolerance } from "./math";
import { getPreset } from "./presets";
import { apiOption, buildScenario, seatOption, selfHostedOption, team } from "./testing";

const roundToCents = (value: number) => Math.round(value * 100) / 100;
const roundToTenthOfPercent = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 10);

function totalOf(result: ReturnType<typeof evaluateScenario>, id: string): number {
  const option = result.options.find((candidate) => candidate.id === id);
  if (option === undefined) {
    throw new Error(`no option ${id}`);
  }

  return option.total;
}

describe("reference case: ChipNeMo against Claude 3 Opus and GPT-4 Turbo", () => {
  it.each([
    { engineers: 10, scale: 0.01, opus: 2625.0, gpt4: 1250.0, chipnemo: 550.64, vsOpus: 79.0, vsGpt4: 55.9 },
    { engineers: 1000, scale: 1, opus: 262500.0, gpt4: 125000.0, chipnemo: 12850.64, vsOpus: 95.1, vsGpt4: 89.7 },
  ])("$engineers engineers", ({ engineers, scale, opus, gpt4, chipnemo, vsOpus, vsGpt4 }) => {
    const result = evaluateScenario(getPreset("chipnemo-2024"), { scale });
    const savings = (optionId: string, baselineId: string) =>
      result.comparisons.find((entry) => entry.optionId === optionId && entry.baselineId === baselineId)?.savings ?? null;

    expect(result.demand.engineersAtStart).toBe(engineers);
    expect(roundToCents(totalOf(result, "claude-3-opus"))).toBe(opus);
    expect(roundToCents(totalOf(result, "gpt-4-turbo"))).toBe(gpt4);
    expect(roundToCents(totalOf(result, "chipnemo-70b"))).toBe(chipnemo);
    expect(roundToTenthOfPercent(savings("chipnemo-70b", "claude-3-opus"))).toBe(vsOpus);
    expect(roundToTenthOfPercent(savings("chipnemo-70b", "gpt-4-turbo"))).toBe(vsGpt4);
  });

  it("breaks down the self-hosted year", () => {
    const chipnemo = evaluateScenario(getPreset("chipnemo-2024")).options[2];

    // Training: (100 + 4) GPU-hours * $4.10 = $426.40.
    // Serving: 7.5e9 tokens / (5,500 tokens/s * 3,600 s) = 378.79 replica-hours * 8 GPUs = 3,030.30 GPU-hours,
    // at $4.10 = $12,424.24.
    expect(chipnemo.years[0].training).toBeCloseTo(426.4, 9);
    expect(chipnemo.years[0].usage).toBeCloseTo((7.5e9 / (5500 * 3600)) * 8 * 4.1, 9);
    expect(chipnemo.selfHosted?.servingMode).toBe("utilization");
    expect(chipnemo.selfHosted?.replicas).toEqual([null]);
    expect(chipnemo.selfHosted?.gpuHours[0].training).toBe(104);
    expect(chipnemo.selfHosted?.gpuHours[0].serving).toBeCloseTo(3030.303, 3);
  });

  it("dedicated preset costs more than both APIs at 1,000 engineers", () => {
    const result = evaluateScenario(getPreset("chipnemo-2024-dedicated"));

    // 1 replica * 8 GPUs * 8,760 h * $4.10 = $287,328, plus $426.40 of training.
    expect(roundToCents(totalOf(result, "chipnemo-70b"))).toBe(287754.4);
    expect(result.options[2].selfHosted?.replicas).toEqual([1]);
    expect(result.cheapestOptionId).toBe("gpt-4-turbo");
  });
});

describe("seat options", () => {
  it("rounds 10.5 users up to 11 seats", () => {
    // 21 engineers * adoption 0.5 = 10.5 users -> 11 seats * 12 months * $30 = $3,960.
    const result = evaluateScenario(buildScenario({ teams: [team({ engineers: 21, adoption: 0.5 })], options: [seatOption()] }));

    expect(result.options[0].seats).toEqual([11]);
    expect(result.options[0].total).toBe(3960);
  });

  it("bills at least minimumSeats", () => {
    // max(50, ceil(10.5)) = 50 seats * $360 = $18,000.
    const result = evaluateScenario(
      buildScenario({ teams: [team({ engineers: 21, adoption: 0.5 })], options: [seatOption({ minimumSeats: 50 })] }),
    );

    expect(result.options[0].seats).toEqual([50]);
    expect(result.options[0].total).toBe(18000);
  });

  it("ignores float noise when counting seats", () => {
    // Year 2: 100 * 1.1 = 110.00000000000001 users in float64; that is 110 seats, not 111.
    const result = evaluateScenario(
      buildScenario({
        horizon: { years: 2 },
        teams: [team({ engineers: 100, annualHeadcountGrowth: 0.1 })],
        options: [seatOption()],
      }),
    );

    expect(100 * 1.1).toBeGreaterThan(110);
    expect(result.options[0].seats).toEqual([100, 110]);
  });

  it("applies the annual price change to the seat price", () => {
    // Year 1: 100 * $360 = $36,000; year 2: 100 * $360 * 1.5 = $54,000.
    const result = evaluateScenario(
      buildScenario({ horizon: { years: 2 }, options: [seatOption({ annualPriceChange: 0.5 })] }),
    );

    expect(result.options[0].years.map((year) => year.usage)).toEqual([36000, 54000]);
  });
});

describe("ceilWithTolerance", () => {
  it.each([
    [1000.0000000001, 1000],
    [1000, 1000],
    [1000.001, 1001],
    [0.5, 1],
    [0, 0],
    [1e-12, 0],
  ])("%d rounds up to %d", (value, expected) => {
    expect(ceilWithTolerance(value)).toBe(expected);
  });
});

describe("API options", () => {
  it("grows with head count", () => {
    // 100, 150 and 225 engineers at $20 each: $2,000 + $3,000 + $4,500 = $9,500.
    const result = evaluateScenario(
      buildScenario({
        horizon: { years: 3 },
        teams: [team({ engineers: 100, annualHeadcountGrowth: 0.5 })],
        options: [apiOption()],
      }),
    );

    expect(result.demand.years.map((year) => year.users)).toEqual([100, 150, 225]);
    expect(result.options[0].years.map((year) => year.usage)).toEqual([2000, 3000, 4500]);
    expect(result.options[0].total).toBe(9500);
  });

  it("applies the annual price change and the discount", () => {
    // $2,000 a year list; halved each year: 2,000, 1,000, 500; 20 % discount: 1,600, 800, 400.
    const result = evaluateScenario(
      buildScenario({ horizon: { years: 3 }, options: [apiOption({ annualPriceChange: -0.5, discount: 0.2 })] }),
    );

    expect(result.options[0].years.map((year) => roundToCents(year.usage))).toEqual([1600, 800, 400]);
    expect(roundToCents(result.options[0].total)).toBe(2800);
  });

  it("bills cached input at the cached price", () => {
    // Per engineer: fresh 2e6 tokens * $2 = $4, cached 3e6 * $0.50 = $1.50, output 2.5e6 * $4 = $10;
    // $15.50 * 100 engineers = $1,550.
    const result = evaluateScenario(
      buildScenario({
        teams: [team({ cachedInputShare: 0.6 })],
        options: [apiOption({ cachedInputPricePerMTok: 0.5 })],
      }),
    );

    expect(result.demand.years[0].cachedInputTokens).toBeCloseTo(3e8, 3);
    expect(roundToCents(result.options[0].total)).toBe(1550);
  });

  it("bills cached input at the input price when no cached price is set", () => {
    const result = evaluateScenario(buildScenario({ teams: [team({ cachedInputShare: 0.6 })], options: [apiOption()] }));

    expect(roundToCents(result.options[0].total)).toBe(2000);
  });

  it("reports unit costs and null for zero demand", () => {
    // $2,000 / 500,000 queries = $0.004; / 1,200 engineer-months = $1.67; accuracy 0.5 -> $0.008.
    const result = evaluateScenario(buildScenario({ options: [apiOption({ accuracy: 0.5 })] }));
    const idle = evaluateScenario(buildScenario({ teams: [team({ engineers: 0 })], options: [apiOption()] }));

    expect(result.options[0].costPerQuery).toBeCloseTo(0.004, 12);
    expect(result.options[0].costPerEngineerMonth).toBeCloseTo(2000 / 1200, 12);
    expect(result.options[0].costPerAcceptedAnswer).toBeCloseTo(0.008, 12);
    expect(idle.options[0].costPerQuery).toBeNull();
    expect(idle.options[0].costPerEngineerMonth).toBeNull();
    expect(idle.options[0].costPerAcceptedAnswer).toBeNull();
  });
});

describe("self-hosted options", () => {
  it("repeats training in years 2 and later and adds data preparation once", () => {
    // Run: 104 GPU-hours * $4 = $416. Year 1: 416 + 1,000 of data preparation; years 2 and 3: 2 runs = $832.
    const result = evaluateScenario(
      buildScenario({
        horizon: { years: 3 },
        options: [selfHostedOption({ retrainingsPerYear: 2, dataPreparationCost: 1000 })],
      }),
    );
    const option = result.options[0];

    expect(option.years.map((year) => year.training)).toEqual([1416, 832, 832]);
    expect(option.oneTimeCost).toBe(1416);
    expect(option.selfHosted?.gpuHours.map((year) => year.training)).toEqual([104, 208, 208]);
  });

  it("charges utilization-mode serving per token", () => {
    // 100 engineers * 7.5e6 tokens = 7.5e8 tokens / (1,000 tokens/s * 0.5 * 3,600 s) = 416.67 replica-hours
    // * 8 GPUs * $2 * overhead 1.5 = $10,000.
    const result = evaluateScenario(buildScenario({ options: [selfHostedOption({ overheadMultiplier: 1.5 })] }));

    expect(result.options[0].years[0].usage).toBeCloseTo(10000, 9);
  });

  it("adds operations staff every year", () => {
    // 0.5 FTE * $200,000 = $100,000 a year.
    const result = evaluateScenario(
      buildScenario({ horizon: { years: 2 }, options: [selfHostedOption({ opsFte: 0.5, costPerFtePerYear: 200000 })] }),
    );

    expect(result.options[0].years.map((year) => year.operations)).toEqual([100000, 100000]);
  });

  // Dedicated: capacity 1,000 tokens/s * 0.5 = 500 tokens/s per replica. One engineer sends
  // 30,000 tokens a day, which arrive in 8 peak hours (28,800 s): 480 engineers give 500 tokens/s.
  it.each([
    { engineers: 0, replicas: 1 },
    { engineers: 479, replicas: 1 },
    { engineers: 480, replicas: 1 },
    { engineers: 481, replicas: 2 },
    { engineers: 960, replicas: 2 },
    { engineers: 961, replicas: 3 },
  ])("dedicated mode runs $replicas replicas for $engineers engineers", ({ engineers, replicas }) => {
    const result = evaluateScenario(
      buildScenario({ teams: [team({ engineers })], options: [selfHostedOption({ servingMode: "dedicated" })] }),
    );
    const option = result.options[0];

    // Each replica: 8 GPUs * 8,760 h * $2 = $140,160.
    expect(option.selfHosted?.replicas).toEqual([replicas]);
    expect(option.years[0].usage).toBe(replicas * 140160);
    expect(option.selfHosted?.peakTokensPerSecond[0]).toBeCloseTo((engineers * 30000) / 28800, 9);
  });

  it("runs replicas only in the peak window when not always on", () => {
    // 250 days * 8 h = 2,000 h * 8 GPUs * $2 = $32,000 for one replica.
    const result = evaluateScenario(
      buildScenario({ options: [selfHostedOption({ servingMode: "dedicated", alwaysOn: false })] }),
    );

    expect(result.options[0].years[0].usage).toBe(32000);
    expect(result.options[0].selfHosted?.gpuHours[0].serving).toBe(16000);
  });

  it("keeps minReplicas running without demand", () => {
    const result = evaluateScenario(
      buildScenario({
        teams: [team({ engineers: 0 })],
        options: [selfHostedOption({ servingMode: "dedicated", minReplicas: 3 })],
      }),
    );

    expect(result.options[0].selfHosted?.replicas).toEqual([3]);
  });
});

describe("evaluateScenario", () => {
  it("adds the fixed cost to every year", () => {
    const result = evaluateScenario(buildScenario({ horizon: { years: 2 }, options: [apiOption({ fixedCostPerYear: 500 })] }));

    expect(result.options[0].years.map((year) => year.total)).toEqual([2500, 2500]);
  });

  it("picks the first option on a tie for cheapest", () => {
    const result = evaluateScenario(buildScenario({ options: [apiOption({ id: "a" }), apiOption({ id: "b" })] }));

    expect(result.cheapestOptionId).toBe("a");
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY, 1e10])("rejects scale %d", (scale) => {
    expect(() => evaluateScenario(buildScenario({ options: [apiOption()] }), { scale })).toThrow(RangeError);
  });

  it("uses the point value of a distribution", () => {
    // Uniform price between $1 and $3 has midpoint $2, so the cost equals the plain $2 case.
    const result = evaluateScenario(
      buildScenario({ options: [apiOption({ inputPricePerMTok: { distribution: "uniform", min: 1, max: 3 } })] }),
    );

    expect(result.options[0].total).toBe(2000);
  });
});
