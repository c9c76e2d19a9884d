import { describe, expect, it } from "vitest";

import { formatCurrency, formatNumber, formatPaybackMonth, formatPercent, formatUnitCost } from "./format";

describe("format helpers", () => {
  it.each([
    [262500, "$262,500.00"],
    [12850.642424, "$12,850.64"],
    [550.645, "$550.65"],
    [-3.5, "-$3.50"],
  ])("formatCurrency(%d) is %s", (value, expected) => {
    expect(formatCurrency(value)).toBe(expected);
  });

  it.each([
    [0.9510451, "95.1 %"],
    [0.5594, "55.9 %"],
    [-1.1, "-110.0 %"],
    [1234.5, "123,450.0 %"],
  ])("formatPercent(%d) is %s", (value, expected) => {
    expect(formatPercent(value)).toBe(expected);
  });

  it.each([
    [0.0525, "$0.0525"],
    [0.002570128, "$0.00257"],
    [21.875, "$21.88"],
    [0, "$0.00"],
  ])("formatUnitCost(%d) is %s", (value, expected) => {
    expect(formatUnitCost(value)).toBe(expected);
  });

  it("shows n/a for null", () => {
    expect(formatCurrency(null)).toBe("n/a");
    expect(formatPercent(null)).toBe("n/a");
    expect(formatUnitCost(null)).toBe("n/a");
    expect(formatNumber(null)).toBe("n/a");
  });

  it("formats other currencies and locales", () => {
    // German puts a no-break space (U+00A0) before the euro sign.
    expect(formatCurrency(1234.5, "EUR", "de-DE")).toBe("1.234,50\u00A0€");
  });

  it.each([
    [0, "immediately"],
    [14, "month 14"],
    [null, "never"],
  ])("formatPaybackMonth(%s) is %s", (month, expected) => {
    expect(formatPaybackMonth(month)).toBe(expected);
  });
});
