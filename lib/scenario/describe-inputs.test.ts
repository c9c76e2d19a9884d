import { describe, expect, it } from "vitest";

import { describeInputPath, describeInputValue } from "./describe-inputs";
import type { JsonValue } from "./diff";
import { testCatalog } from "./testing-catalog";

const catalog = testCatalog;

const opusOption: JsonValue = { id: "claude-3-opus", source: { type: "apiModel", key: "anthropic/claude-3-opus" }, overrides: {} };

const document = {
  horizon: { years: 1, workingDaysPerYear: 250 },
  teams: [{ teamId: "t1", overrides: { adoption: 0.6 } }],
  options: [
    opusOption,
    { id: "chipnemo", source: { type: "selfHosted", profileKey: "chipnemo-70b", trainingGpuKey: "aws/a100", servingGpuKey: "aws/a100" }, overrides: {} },
  ],
  baselineId: "claude-3-opus",
};

describe("describeInputPath", () => {
  it.each([
    ["horizon.years", "Years"],
    ["teams[0].overrides.adoption", "Team 1 (Design verification): Adoption (%)"],
    ["options[1].source.trainingGpuKey", "Option 2 (ChipNeMo-70B): Training GPU"],
    ["options[0].overrides.utilization", "Option 1 (Anthropic Claude 3 Opus): Utilization (%)"],
    ["options[1]", "Option 2 (ChipNeMo-70B)"],
  ])("labels %s", (path, expected) => {
    expect(describeInputPath(path, [document], catalog)).toBe(expected);
  });
});

describe("describeInputValue", () => {
  it("names catalog entries instead of keys", () => {
    expect(describeInputValue("options[1].source.trainingGpuKey", "aws/a100", catalog)).toBe("A100 40 GB, AWS (onDemand)");
  });

  it("shows a whole option as its name and entry", () => {
    expect(describeInputValue("options[0]", opusOption, catalog)).toBe("Anthropic Claude 3 Opus");
    expect(describeInputValue("options[0]", { ...(opusOption as Record<string, JsonValue>), name: "Opus" }, catalog)).toBe("Opus (Anthropic Claude 3 Opus)");
  });

  it("shows shares in percent and ranges by parameter", () => {
    expect(describeInputValue("teams[0].overrides.adoption", 0.6, catalog)).toBe("60 %");
    expect(describeInputValue("options[1].overrides.utilization", { distribution: "triangular", min: 0.3, mode: 0.6, max: 0.9 }, catalog)).toBe(
      "triangular: min 30 %, mode 60 %, max 90 %",
    );
  });

  it("names the baseline option and a team", () => {
    expect(describeInputValue("baselineId", "chipnemo", catalog, document)).toBe("ChipNeMo-70B");
    expect(describeInputValue("teams[0].teamId", "t1", catalog)).toBe("Design verification");
    expect(describeInputValue("teams[0].overrides.engineers", undefined, catalog)).toBe("(not set)");
  });
});
