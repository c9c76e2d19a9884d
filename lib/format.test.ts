import { describe, expect, it } from "vitest";

import { formatCompactMoney } from "./format";

describe("formatCompactMoney", () => {
  it.each([
    [100, "$100"],
    [1_000, "$1K"],
    [2_500, "$2.5K"],
    [1_000_000, "$1M"],
  ])("formats %d as %s", (value, expected) => {
    expect(formatCompactMoney(value, "USD")).toBe(expected);
  });
});
