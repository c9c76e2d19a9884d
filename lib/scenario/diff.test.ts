import { describe, expect, it } from "vitest";

import { applyChanges, diffDocuments, findCollisions, parsePath } from "./diff";

const base = {
  horizon: { years: 1, workingDaysPerYear: 250 },
  teams: [{ teamId: "t1", overrides: {} }],
  options: [
    { id: "opus", source: { type: "apiModel", key: "anthropic/claude-3-opus" }, overrides: {} },
    { id: "chipnemo", source: { type: "selfHosted", profileKey: "p" }, overrides: { utilization: 1 } },
  ],
};

describe("diffDocuments", () => {
  it("lists changed, added and removed leaves with their paths", () => {
    const after = structuredClone(base) as typeof base & { baselineId?: string };
    after.options[1].overrides = { utilization: 0.5, servingMode: "dedicated" } as never;
    after.teams[0].overrides = { engineers: 10 } as never;
    after.horizon.years = 3;
    after.baselineId = "opus";

    expect(diffDocuments(base, after)).toEqual([
      { path: "baselineId", before: undefined, after: "opus" },
      { path: "horizon.years", before: 1, after: 3 },
      { path: "options[1].overrides.servingMode", before: undefined, after: "dedicated" },
      { path: "options[1].overrides.utilization", before: 1, after: 0.5 },
      { path: "teams[0].overrides.engineers", before: undefined, after: 10 },
    ]);
  });

  it("reports an added array element as one change and finds nothing between equal documents", () => {
    const after = structuredClone(base);
    after.options.push({ id: "gpt", source: { type: "apiModel", key: "openai/gpt-4-turbo" }, overrides: {} });

    expect(diffDocuments(base, after)).toEqual([{ path: "options[2]", before: undefined, after: after.options[2] }]);
    expect(diffDocuments(base, structuredClone(base))).toEqual([]);
  });

  it("descends into a distribution that replaced a number only as a whole value", () => {
    const after = structuredClone(base);
    after.options[1].overrides = { utilization: { distribution: "triangular", min: 0.3, mode: 0.6, max: 0.9 } } as never;

    expect(diffDocuments(base, after)).toEqual([
      { path: "options[1].overrides.utilization", before: 1, after: { distribution: "triangular", min: 0.3, mode: 0.6, max: 0.9 } },
    ]);
  });
});

describe("applyChanges", () => {
  it("re-applies one person's edits on top of another's version", () => {
    const theirs = structuredClone(base);
    theirs.horizon.years = 2;
    const mine = structuredClone(base);
    mine.teams[0].overrides = { engineers: 10 } as never;

    const merged = applyChanges(theirs, diffDocuments(base, mine));

    expect(merged.horizon.years).toBe(2);
    expect(merged.teams[0].overrides).toEqual({ engineers: 10 });
    expect(theirs.teams[0].overrides).toEqual({});
  });

  it("removes fields and array elements the edit removed", () => {
    const mine = structuredClone(base);
    mine.options = [mine.options[0]];
    const withoutUtilization = structuredClone(base);
    withoutUtilization.options[1].overrides = {} as never;

    expect(applyChanges(base, diffDocuments(base, mine)).options.map((option) => option.id)).toEqual(["opus"]);
    expect(applyChanges(base, diffDocuments(base, withoutUtilization)).options[1].overrides).toEqual({});
  });
});

describe("findCollisions", () => {
  it("flags a field both changed to different values, and a change inside a removed element", () => {
    const theirs = [
      { path: "horizon.years", before: 1, after: 2 },
      { path: "options[1]", before: {}, after: undefined },
    ];
    const mine = [
      { path: "horizon.years", before: 1, after: 3 },
      { path: "options[1].overrides.utilization", before: 1, after: 0.5 },
      { path: "teams[0].overrides.engineers", before: undefined, after: 10 },
    ];

    expect(findCollisions(theirs, mine)).toEqual(["horizon.years", "options[1].overrides.utilization"]);
    expect(findCollisions([{ path: "scale", before: 1, after: 2 }], [{ path: "scale", before: 1, after: 2 }])).toEqual([]);
  });
});

describe("parsePath", () => {
  it("splits names and indexes", () => {
    expect(parsePath("options[12].overrides.utilization")).toEqual(["options", 12, "overrides", "utilization"]);
  });
});
