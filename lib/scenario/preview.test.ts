import { describe, expect, it } from "vitest";

import { buildDefaultInputs } from "./default-inputs";
import { inputsToEditorState } from "./editor-state";
import { scenarioInputsSchema } from "./inputs";
import { catalogValuesOfOptions, computePreview, describeModelIssue, modelPathToEditorPath } from "./preview";
import { testCatalog } from "./testing-catalog";

const catalog = testCatalog;

const reference = scenarioInputsSchema.parse({
  horizon: { years: 1, workingDaysPerYear: 250 },
  pricesAsOf: "2024-04-15",
  teams: [{ teamId: "t1" }],
  options: [
    { id: "claude-3-opus", source: { type: "apiModel", key: "anthropic/claude-3-opus" } },
    {
      id: "chipnemo-70b",
      source: { type: "selfHosted", profileKey: "chipnemo-70b", trainingGpuKey: "aws/a100", servingGpuKey: "aws/a100" },
      overrides: { servingMode: "utilization", utilization: 1 },
    },
  ],
  baselineId: "claude-3-opus",
});

describe("computePreview", () => {
  it("computes the reference case's totals from the editor state", () => {
    const state = inputsToEditorState(reference);
    state.teams[0].overrides.engineers = { kind: "number", text: "10" };

    const preview = computePreview(state, catalog, "2026-12-04", "Preview");

    expect(preview.errors).toEqual({});
    expect(preview.evaluation?.options.map((option) => option.total.toFixed(2))).toEqual(["2625.00", "550.64"]);
  });

  it("puts the cost model's message on the override field", () => {
    const state = inputsToEditorState(reference);
    state.options[1].overrides.utilization = { kind: "number", text: "150" };

    const preview = computePreview(state, catalog, "2026-12-04", "Preview");

    expect(preview.evaluation).toBeNull();
    expect(Object.keys(preview.errors)).toEqual(["options[1].overrides.utilization"]);
  });

  it("names the field in the cost model's message", () => {
    const state = inputsToEditorState(reference);
    state.options[1].overrides.utilization = { kind: "number", text: "150" };

    const preview = computePreview(state, catalog, "2026-12-04", "Preview");

    expect(preview.errors["options[1].overrides.utilization"]).toBe("Utilization (%) must be > 0 % and <= 100 %.");
  });

  it("shows every invalid field at once", () => {
    const state = inputsToEditorState(reference);
    state.years = "11";
    state.scale = "abc";
    state.options[1].overrides.utilization = { kind: "number", text: "150" };
    state.teams[0].overrides.engineers = { kind: "number", text: "-5" };

    const preview = computePreview(state, catalog, "2026-12-04", "Preview");

    expect(preview.inputs).toBeNull();
    expect(preview.evaluation).toBeNull();
    expect(preview.errors["horizon.years"]).toBe("Years must be a whole number from 1 to 10.");
    expect(preview.errors.scale).toBe("Enter a scale factor above 0, such as 1 or 1.5.");
    expect(preview.errors["options[1].overrides.utilization"]).toMatch(/^Utilization/);
    expect(preview.errors["teams[0].overrides.engineers"]).toMatch(/^Engineers must be/);
  });

  it("names an option whose catalog entry has no price on the chosen date", () => {
    const state = inputsToEditorState(reference);
    state.pricesAsOf = "2023-06-01";

    const preview = computePreview(state, catalog, "2026-12-04", "Preview");

    expect(preview.errors["options[0]"]).toContain("no price in force on 2023-06-01");
  });
});

describe("describeModelIssue", () => {
  it.each([
    ["teams[0].engineers", "must be >= 0 and <= 10,000,000", "Engineers must be >= 0 and <= 10,000,000."],
    ["options[2].utilization.max", "must be >= min", "Utilization (%), max, must be >= min."],
    ["horizon.years", "must be an integer", "Years must be an integer."],
    ["teams[0].annualHeadcountGrowth", "must be >= -0.9 and <= 10", "Yearly head-count growth (%) must be >= -90 % and <= 1,000 %."],
    ["options[1].id", "duplicates the id of options[0]; option ids must be unique", "Duplicates the id of options[0]; option ids must be unique."],
  ])("describes %s", (path, message, expected) => {
    expect(describeModelIssue(path, message)).toBe(expected);
  });
});

describe("modelPathToEditorPath", () => {
  it.each([
    ["options[2].utilization.max", "options[2].overrides.utilization"],
    ["teams[0].engineers", "teams[0].overrides.engineers"],
    ["horizon.years", "horizon.years"],
    ["options[1].id", "options[1]"],
  ])("maps %s to %s", (path, expected) => {
    expect(modelPathToEditorPath(path)).toBe(expected);
  });
});

describe("catalogValuesOfOptions", () => {
  it("returns the catalog's values without the scenario's overrides", () => {
    const values = catalogValuesOfOptions(reference, catalog, "2026-12-04");

    expect(values[0]).toMatchObject({ inputPricePerMTok: 15, outputPricePerMTok: 75 });
    expect(values[1]).toMatchObject({ trainingGpuHourPrice: 4.1, gpusPerReplica: 8 });
    expect(values[1]).not.toHaveProperty("utilization");
  });
});

describe("buildDefaultInputs", () => {
  it("picks the first team, API model and self-hosted profile", () => {
    const result = buildDefaultInputs(catalog, "2026-12-04");

    expect(result).toMatchObject({
      inputs: {
        teams: [{ teamId: "t1" }],
        options: [{ id: "claude-3-opus" }, { id: "chipnemo-70b", overrides: { servingMode: "utilization", utilization: 0.5 } }],
        baselineId: "claude-3-opus",
      },
    });
  });

  it("explains a missing team", () => {
    expect(buildDefaultInputs({ ...catalog, teams: [] }, "2026-12-04")).toEqual({ problem: expect.stringContaining("no active team") });
  });
});

describe("computePreview operations staff", () => {
  it("asks for the cost per FTE when staff are set", () => {
    const state = inputsToEditorState(reference);
    state.options[1].overrides.opsFte = { kind: "number", text: "2" };

    const preview = computePreview(state, catalog, "2026-12-04", "Preview");

    expect(preview.evaluation).toBeNull();
    expect(preview.errors).toEqual({ "options[1].overrides.costPerFtePerYear": "Cost per FTE and year is required when opsFte is above 0." });
  });

  it("prices the staff once the cost is set", () => {
    const state = inputsToEditorState(reference);
    state.options[1].overrides.opsFte = { kind: "number", text: "2" };
    state.options[1].overrides.costPerFtePerYear = { kind: "number", text: "150000" };

    const preview = computePreview(state, catalog, "2026-12-04", "Preview");

    expect(preview.errors).toEqual({});
    // The reference case's 12,850.64 plus 2 FTE at 150,000 for one year.
    expect(preview.evaluation?.options[1].total.toFixed(2)).toBe("312850.64");
  });
});
