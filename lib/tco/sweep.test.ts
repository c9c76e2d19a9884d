import { describe, expect, it } from "vitest";

import { evaluateScenario } from "./evaluate";
import { getPreset } from "./presets";
import { sweepScenario } from "./sweep";
import { apiOption, buildScenario, team } from "./testing";

describe("sweepScenario", () => {
  it("spans 10 to 100,000 engineers on 40 log-spaced points by default", () => {
    const points = sweepScenario(getPreset("chipnemo-2024")).points;
    const ratios = points.slice(1).map((point, index) => point.engineers / points[index].engineers);

    expect(points).toHaveLength(40);
    expect(points[0].engineers).toBe(10);
    expect(points[39].engineers).toBe(100_000);
    for (const ratio of ratios) {
      expect(ratio).toBeCloseTo(10 ** (4 / 39), 12);
    }
  });

  it("matches evaluateScenario at each head count", () => {
    // The preset has 1,000 engineers, so N engineers is scale N / 1,000.
    const scenario = getPreset("chipnemo-2024-dedicated");
    const sweep = sweepScenario(scenario, { minEngineers: 100, maxEngineers: 1_000_000, points: 9 });

    for (const point of sweep.points) {
      const result = evaluateScenario(scenario, { scale: point.engineers / 1000 });
      for (const option of result.options) {
        expect(point.totals[option.id]).toBeCloseTo(option.total, 6);
      }
      expect(point.savings).toHaveLength(6);
    }
  });

  it("shows the savings growing with scale", () => {
    const savings = sweepScenario(getPreset("chipnemo-2024")).points.map(
      (point) => point.savings.find((entry) => entry.optionId === "chipnemo-70b" && entry.baselineId === "gpt-4-turbo")!.savings!,
    );

    expect(savings).toEqual([...savings].sort((left, right) => left - right));
    expect(savings[0]).toBeCloseTo(1 - (426.4 + 124.2424) / 1250, 3);
  });

  it("splits the head count evenly over teams with 0 engineers", () => {
    // Two empty teams at 20 and 60 queries a day: 10 engineers cost 5 * $20 + 5 * $60 = $400.
    const scenario = buildScenario({
      teams: [team({ engineers: 0 }), team({ engineers: 0, queriesPerEngineerPerDay: 60 })],
      options: [apiOption()],
    });

    expect(sweepScenario(scenario, { minEngineers: 10, maxEngineers: 20, points: 2 }).points[0].totals.api).toBeCloseTo(400, 9);
  });

  it.each([
    { points: 1 },
    { points: 2.5 },
    { minEngineers: 0 },
    { minEngineers: 100, maxEngineers: 100 },
    { maxEngineers: 2e7 },
    { minEngineers: Number.NaN },
  ])("rejects %o", (options) => {
    expect(() => sweepScenario(getPreset("chipnemo-2024"), options)).toThrow(RangeError);
  });
});
