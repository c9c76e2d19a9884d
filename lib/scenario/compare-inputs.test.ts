import { describe, expect, it } from "vitest";

import { compareInputs, valueAt } from "./compare-inputs";

describe("compareInputs", () => {
  it("lists the fields that differ in any document, with every document's value", () => {
    const a = { horizon: { years: 1 }, teams: [{ overrides: {} }] };
    const b = { horizon: { years: 1 }, teams: [{ overrides: { engineers: 10 } }] };
    const c = { horizon: { years: 3 }, teams: [{ overrides: {} }] };

    expect(compareInputs([a, b, c])).toEqual([
      { path: "horizon.years", values: [1, 1, 3] },
      { path: "teams[0].overrides.engineers", values: [undefined, 10, undefined] },
    ]);
  });

  it("finds no differences between equal documents", () => {
    expect(compareInputs([{ scale: 1 }, { scale: 1 }])).toEqual([]);
  });
});

describe("valueAt", () => {
  it("reads nested values and returns undefined past a leaf", () => {
    expect(valueAt({ options: [{ id: "a" }] }, "options[0].id")).toBe("a");
    expect(valueAt({ scale: 1 }, "scale.value")).toBeUndefined();
  });
});
