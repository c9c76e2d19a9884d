import { describe, expect, it } from "vitest";

import { INPUT_MESSAGES, scenarioInputsSchema } from "./inputs";

const valid = {
  horizon: { years: 3, workingDaysPerYear: 250 },
  pricesAsOf: null,
  scale: 1,
  teams: [{ teamId: "t1" }],
  options: [{ id: "opus", source: { type: "apiModel", key: "anthropic/claude-3-opus" } }],
};

/** The messages of an invalid document, keyed by dotted path. */
function messagesOf(value: unknown): Record<string, string> {
  const result = scenarioInputsSchema.safeParse(value);
  if (result.success) return {};

  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("scenarioInputsSchema messages", () => {
  it.each([
    ["years too large", { ...valid, horizon: { years: 11, workingDaysPerYear: 250 } }, "horizon.years", INPUT_MESSAGES.years],
    ["years fractional", { ...valid, horizon: { years: 1.5, workingDaysPerYear: 250 } }, "horizon.years", "Years must be a whole number from 1 to 10."],
    ["years zero", { ...valid, horizon: { years: 0, workingDaysPerYear: 250 } }, "horizon.years", INPUT_MESSAGES.years],
    ["working days", { ...valid, horizon: { years: 3, workingDaysPerYear: 400 } }, "horizon.workingDaysPerYear", INPUT_MESSAGES.workingDaysPerYear],
    ["scale zero", { ...valid, scale: 0 }, "scale", INPUT_MESSAGES.scale],
    ["scale text", { ...valid, scale: "x" }, "scale", INPUT_MESSAGES.scale],
    ["bad date", { ...valid, pricesAsOf: "2024-13-01" }, "pricesAsOf", INPUT_MESSAGES.pricesAsOf],
    ["no team", { ...valid, teams: [] }, "teams", INPUT_MESSAGES.teams],
    ["blank team", { ...valid, teams: [{ teamId: "" }] }, "teams.0.teamId", INPUT_MESSAGES.teamId],
    ["no option", { ...valid, options: [] }, "options", INPUT_MESSAGES.options],
    ["bad id", { ...valid, options: [{ ...valid.options[0], id: "Opus!" }] }, "options.0.id", INPUT_MESSAGES.optionId],
    ["long name", { ...valid, options: [{ ...valid.options[0], name: "x".repeat(81) }] }, "options.0.name", INPUT_MESSAGES.optionName],
    ["blank key", { ...valid, options: [{ id: "opus", source: { type: "apiModel", key: "" } }] }, "options.0.source.key", INPUT_MESSAGES.sourceKey],
    ["unknown source", { ...valid, options: [{ id: "opus", source: { type: "other" } }] }, "options.0.source.type", INPUT_MESSAGES.source],
    ["bad override", { ...valid, options: [{ ...valid.options[0], overrides: { accuracy: null } }] }, "options.0.overrides.accuracy", INPUT_MESSAGES.overrides],
    ["unknown field", { ...valid, colour: "red" }, "", 'Unknown field "colour": a scenario has no such field, so remove it.'],
  ])("explains %s", (_case, value, path, message) => {
    expect(messagesOf(value)[path]).toBe(message);
  });

  it("states every message as a sentence naming the field", () => {
    for (const message of Object.values(INPUT_MESSAGES)) {
      expect(message).toMatch(/^[A-Z].*\.$/);
      expect(message).not.toMatch(/Too small|Too big|Invalid input/);
    }
  });
});
