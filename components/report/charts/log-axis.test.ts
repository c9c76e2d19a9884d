import { describe, expect, it } from "vitest";

import { logDomain, logTicks, positiveRuns } from "./log-axis";

describe("logDomain", () => {
  it("spans whole decades around the positive values", () => {
    expect(logDomain([0, 1_250, 262_500, -5])).toEqual([1_000, 1_000_000]);
  });

  it("widens a single power of ten to one decade", () => {
    expect(logDomain([100, 100])).toEqual([100, 1_000]);
  });

  it("is null without a positive value", () => {
    expect(logDomain([0, -1])).toBeNull();
  });
});

describe("logTicks", () => {
  it("marks each power of ten", () => {
    expect(logTicks([100, 1_000_000])).toEqual([100, 1_000, 10_000, 100_000, 1_000_000]);
  });

  it("adds 2 and 5 times each power in a short domain", () => {
    expect(logTicks([10, 1_000])).toEqual([10, 20, 50, 100, 200, 500, 1_000]);
  });

  it("keeps every other power in a long domain", () => {
    expect(logTicks([1, 1e10])).toEqual([1, 100, 1e4, 1e6, 1e8, 1e10]);
  });
});

describe("positiveRuns", () => {
  it("breaks a line at values at or below zero", () => {
    expect(positiveRuns([1, 2, 0, 3, -1, -2, 4, 5], (value) => value)).toEqual([[1, 2], [3], [4, 5]]);
  });
});
