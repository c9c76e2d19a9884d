import { describe, expect, it } from "vitest";

import { readStoredInputs } from "./read-stored-inputs";

const valid = {
  horizon: { years: 1 },
  teams: [{ teamId: "team-1" }],
  options: [{ id: "opus", source: { type: "apiModel", key: "anthropic/claude-3-opus" } }],
};

describe("readStoredInputs", () => {
  it("returns valid inputs", () => {
    const result = readStoredInputs(2, valid);

    expect(result.ok).toBe(true);
    expect(result.ok && result.inputs.options[0].id).toBe("opus");
  });

  it("names the revision and the invalid field", () => {
    const result = readStoredInputs(3, { ...valid, options: [{ id: "opus", source: { type: "apiModel" } }] });

    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.message).toMatch(/^Revision 3 cannot be read: options\[0\]\.source\.key: .+/);
  });

  it("reports a document that is no object", () => {
    const result = readStoredInputs(1, "garbage");

    expect(!result.ok && result.problem.message).toMatch(/^Revision 1 cannot be read: \(the whole document\): .+/);
  });
});
