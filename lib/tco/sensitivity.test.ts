import { describe, expect, it } from "vitest";

import { evaluateScenario } from "./evaluate";
import { getPreset } from "./presets";
import { defaultSensitivityInputs, runSensitivity } from "./sensitivity";
import { apiOption, buildScenario, selfHostedOption } from "./testing";

const chipnemo = { optionId: "chipnemo-70b", baselineId: "gpt-4-turbo" };

describe("runSensitivity", () => {
  it("sorts bars by swing, largest first", () => {
    const result = runSensitivity(getPreset("chipnemo-2024"), chipnemo);
    const swings = result.bars.map((bar) => bar.swing);

    expect(swings).toEqual([...swings].sort((left, right) => right - left));
    expect(result.bars[0].input).toBe("options[2].throughputTokensPerSecond");
  });

  it("starts from the evaluated savings", () => {
    const scenario = getPreset("chipnemo-2024");
    const savings = evaluateScenario(scenario).comparisons.find(
      (entry) => entry.optionId === chipnemo.optionId && entry.baselineId === chipnemo.baselineId,
    )?.savings;

    expect(runSensitivity(scenario, chipnemo).baseSavings).toBe(savings);
  });

  it("varies the serving price by 25 %", () => {
    // $4.10 * 0.75 = $3.075: serving $12,424.24 * 0.75 = $9,318.18, plus $426.40 of training,
    // against GPT-4 Turbo's $125,000.
    const bar = runSensitivity(getPreset("chipnemo-2024"), chipnemo).bars.find(
      (entry) => entry.input === "options[2].servingGpuHourPrice",
    )!;
    const serving = (7.5e9 / (5500 * 3600)) * 8 * 4.1;

    expect(bar.label).toBe("ChipNeMo-70B: serving GPU-hour price");
    expect(bar.low).toBeCloseTo(3.075, 12);
    expect(bar.high).toBeCloseTo(5.125, 12);
    expect(bar.savingsAtLow).toBeCloseTo(1 - (serving * 0.75 + 426.4) / 125000, 12);
    expect(bar.savingsAtHigh).toBeCloseTo(1 - (serving * 1.25 + 426.4) / 125000, 12);
    expect(bar.swing).toBeCloseTo((serving * 0.5) / 125000, 12);
  });

  it("clamps values to the field's range", () => {
    // Utilization 1 cannot rise by 25 %.
    const bar = runSensitivity(getPreset("chipnemo-2024"), chipnemo).bars.find((entry) => entry.input === "options[2].utilization")!;

    expect(bar.low).toBe(0.75);
    expect(bar.high).toBe(1);
  });

  it("uses a distribution's range", () => {
    const scenario = buildScenario({
      options: [selfHostedOption({ servingGpuHourPrice: { distribution: "triangular", min: 1, mode: 2, max: 5 } }), apiOption()],
    });
    const bar = runSensitivity(scenario, { optionId: "self", baselineId: "api" }).bars.find(
      (entry) => entry.input === "options[0].servingGpuHourPrice",
    )!;

    expect(bar.low).toBe(1);
    expect(bar.high).toBe(5);
  });

  it("accepts explicit inputs and ranges", () => {
    const result = runSensitivity(getPreset("chipnemo-2024"), {
      ...chipnemo,
      inputs: [{ path: "teams[0].engineers", label: "Head count", low: 10, high: 100_000 }],
    });

    expect(result.bars).toHaveLength(1);
    expect(result.bars[0]).toMatchObject({ input: "teams[0].engineers", label: "Head count", low: 10, high: 100_000 });
  });

  it("falls back to the scenario's baselineId", () => {
    const scenario = { ...getPreset("chipnemo-2024"), baselineId: "gpt-4-turbo" };

    expect(runSensitivity(scenario, { optionId: "chipnemo-70b" }).baselineId).toBe("gpt-4-turbo");
  });

  it.each([
    { name: "unknown option", options: { optionId: "nope", baselineId: "gpt-4-turbo" } },
    { name: "same option twice", options: { optionId: "gpt-4-turbo", baselineId: "gpt-4-turbo" } },
    { name: "missing baseline", options: { optionId: "gpt-4-turbo" } },
    { name: "unknown path", options: { ...chipnemo, inputs: [{ path: "options[9].utilization" }] } },
    { name: "whole-number setting", options: { ...chipnemo, inputs: [{ path: "horizon.years" }] } },
    { name: "swing above 1", options: { ...chipnemo, swing: 2 } },
    { name: "infinite bound", options: { ...chipnemo, inputs: [{ path: "teams[0].engineers", low: Number.NEGATIVE_INFINITY }] } },
  ])("rejects $name", ({ options }) => {
    expect(() => runSensitivity(getPreset("chipnemo-2024"), options)).toThrow(RangeError);
  });
});

describe("defaultSensitivityInputs", () => {
  it("lists the two options' non-zero inputs only", () => {
    const paths = defaultSensitivityInputs(getPreset("chipnemo-2024"), "chipnemo-70b", "gpt-4-turbo").map((input) => input.path);

    expect(paths).toContain("teams[0].engineers");
    expect(paths).toContain("options[1].outputPricePerMTok");
    expect(paths).toContain("options[2].daptGpuHours");
    // Claude 3 Opus is neither option, cached input is 0, and no one runs the model.
    expect(paths).not.toContain("options[0].inputPricePerMTok");
    expect(paths).not.toContain("teams[0].cachedInputShare");
    expect(paths).not.toContain("options[2].opsFte");
  });

  it("includes the peak window only for dedicated serving", () => {
    const utilization = defaultSensitivityInputs(getPreset("chipnemo-2024"), "chipnemo-70b", "gpt-4-turbo");
    const dedicated = defaultSensitivityInputs(getPreset("chipnemo-2024-dedicated"), "chipnemo-70b", "gpt-4-turbo");

    expect(utilization.map((input) => input.path)).not.toContain("options[2].peakHoursPerDay");
    expect(dedicated.map((input) => input.path)).toContain("options[2].peakHoursPerDay");
  });
});
