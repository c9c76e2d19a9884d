import { describe, expect, it } from "vitest";

import { editorStateToInputs, inputsToEditorState, optionIdFromKey, parseNumberText, type EditorState } from "./editor-state";
import { scenarioInputsSchema } from "./inputs";

const stored = scenarioInputsSchema.parse({
  horizon: { years: 1, workingDaysPerYear: 250 },
  pricesAsOf: "2024-04-15",
  teams: [{ teamId: "team-1", overrides: { engineers: 10 } }],
  options: [
    { id: "opus", source: { type: "apiModel", key: "anthropic/claude-3-opus" } },
    {
      id: "chipnemo",
      name: "ChipNeMo",
      source: { type: "selfHosted", profileKey: "chipnemo-70b", trainingGpuKey: "gpu", servingGpuKey: "gpu" },
      overrides: {
        servingMode: "dedicated",
        alwaysOn: false,
        utilization: { distribution: "triangular", min: 0.3, mode: 0.6, max: 0.9 },
        peakHoursPerDay: { distribution: "lognormal", p10: 4, p90: 10 },
      },
    },
  ],
  baselineId: "opus",
});

describe("editor state and inputs", () => {
  it("round-trips stored inputs without changing them", () => {
    const { inputs, errors } = editorStateToInputs(inputsToEditorState(stored));

    expect(errors).toEqual({});
    expect(scenarioInputsSchema.parse(inputs)).toEqual(stored);
  });

  it("shows shares of percent fields as percentages", () => {
    const state = inputsToEditorState(stored);

    expect(state.options[1].overrides.utilization).toEqual({ kind: "range", distribution: "triangular", min: "30", mode: "60", max: "90" });
    expect(state.options[1].overrides.peakHoursPerDay).toEqual({ kind: "range", distribution: "lognormal", min: "4", mode: "", max: "10" });
  });

  it("stores typed percentages as shares without float noise", () => {
    const state = inputsToEditorState(stored);
    state.teams[0].overrides.adoption = { kind: "number", text: "7" };
    state.teams[0].overrides.cachedInputShare = { kind: "number", text: "33.3" };
    state.teams[0].overrides.annualHeadcountGrowth = { kind: "number", text: "-10" };
    state.options[0].overrides.accuracy = { kind: "number", text: "52" };

    const { inputs, errors } = editorStateToInputs(state);

    expect(errors).toEqual({});
    expect(inputs.teams[0].overrides).toEqual({ engineers: 10, adoption: 0.07, cachedInputShare: 0.333, annualHeadcountGrowth: -0.1 });
    expect(inputs.options[0].overrides).toEqual({ accuracy: 0.52 });
  });

  it("turns typed text into numbers and ranges, and a blank override into no override", () => {
    const state: EditorState = inputsToEditorState(stored);
    state.teams[0].overrides.engineers = { kind: "number", text: " 1,200 " };
    state.teams[0].overrides.adoption = { kind: "number", text: "" };
    state.options[0].overrides.discount = { kind: "range", distribution: "uniform", min: "10", mode: "", max: "20" };
    state.pricesAsOf = "";

    const { inputs, errors } = editorStateToInputs(state);

    expect(errors).toEqual({});
    expect(inputs.teams[0].overrides).toEqual({ engineers: 1200 });
    expect(inputs.options[0].overrides).toEqual({ discount: { distribution: "uniform", min: 0.1, max: 0.2 } });
    expect(inputs.pricesAsOf).toBeNull();
  });

  it("names the field of text that is not a number", () => {
    const state = inputsToEditorState(stored);
    state.years = "three";
    state.options[1].overrides.utilization = { kind: "range", distribution: "triangular", min: "0.3", mode: "x", max: "0.9" };
    state.teams[0].overrides.engineers = { kind: "number", text: "1O" };

    const { errors } = editorStateToInputs(state);

    expect(Object.keys(errors).sort()).toEqual(["horizon.years", "options[1].overrides.utilization", "teams[0].overrides.engineers"]);
    expect(errors["options[1].overrides.utilization"]).toContain("mode");
    expect(errors["teams[0].overrides.engineers"]).toContain('"1O" is not a number');
  });
});

describe("parseNumberText", () => {
  it.each([
    ["0.5", 0.5],
    [".5", 0.5],
    ["1e3", 1000],
    ["-0.3", -0.3],
    ["12,345.6", 12345.6],
    ["", null],
    ["1,2", null],
    ["abc", null],
    ["Infinity", null],
  ])("parses %j as %j", (text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });
});

describe("optionIdFromKey", () => {
  it("uses the key's last part and keeps ids unique", () => {
    expect(optionIdFromKey("anthropic/claude-3.5_Sonnet", [])).toBe("claude-3-5-sonnet");
    expect(optionIdFromKey("openai/gpt-4o", ["gpt-4o", "gpt-4o-2"])).toBe("gpt-4o-3");
  });
});
