import { describe, expect, it } from "vitest";

import { isUnitPriceField } from "./unit-prices";

describe("isUnitPriceField", () => {
  it.each([
    ["outputPricePerMTok", true],
    ["options[1].cachedInputPricePerMTok", true],
    ["options[0].discount", true],
    ["options[3].pricePerSeatPerMonth", true],
    ["options[2].servingGpuHourPrice", true],
    ["options[2].utilization", false],
    ["teams[0].engineers", false],
    ["options[0].annualPriceChange", false],
  ])("%s is a unit price: %s", (field, expected) => {
    expect(isUnitPriceField(field)).toBe(expected);
  });
});
