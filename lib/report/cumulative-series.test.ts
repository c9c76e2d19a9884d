import { describe, expect, it } from "vitest";

import { buildCumulativeChartData, cumulativeByMonth, findPaybackMonth } from "./cumulative-series";

// The reference case over one year: ChipNeMo pays its 104 GPU-hours of adaptation at $4.10
// (426.40) in month 0, and the rest of its 12,850.64 evenly over 12 months.
const chipnemo = { id: "chipnemo", name: "ChipNeMo-70B", oneTimeCost: 426.4, years: [{ total: 12_850.64 }] };
const opus = { id: "opus", name: "Claude 3 Opus", oneTimeCost: 0, years: [{ total: 262_500 }] };

describe("cumulativeByMonth", () => {
  it("puts one-time costs in month 0", () => {
    const values = cumulativeByMonth(chipnemo);

    expect(values).toHaveLength(13);
    expect(values[0]).toBeCloseTo(426.4, 9);
    expect(values[1]).toBeCloseTo(426.4 + (12_850.64 - 426.4) / 12, 9);
    expect(values[12]).toBeCloseTo(12_850.64, 9);
  });

  it("spreads later years evenly and ends on the horizon total", () => {
    const values = cumulativeByMonth({ id: "x", name: "X", oneTimeCost: 1200, years: [{ total: 2400 }, { total: 600 }] });

    expect(values).toHaveLength(25);
    expect(values[6]).toBeCloseTo(1200 + 600, 9);
    expect(values[12]).toBeCloseTo(2400, 9);
    expect(values[18]).toBeCloseTo(2700, 9);
    expect(values[24]).toBeCloseTo(3000, 9);
  });
});

describe("findPaybackMonth", () => {
  it("returns the first month at or below the baseline", () => {
    expect(findPaybackMonth([500, 600, 700], [0, 650, 1300])).toBe(1);
  });

  it("returns 0 when the option is never more expensive", () => {
    expect(findPaybackMonth([0, 1], [0, 2])).toBe(0);
  });

  it("returns null when the option never catches up", () => {
    expect(findPaybackMonth([500, 600], [0, 100])).toBeNull();
  });
});

describe("buildCumulativeChartData", () => {
  it("marks the payback month on the option's curve", () => {
    const data = buildCumulativeChartData([opus, chipnemo], [{ optionId: "chipnemo", baselineId: "opus", paybackMonth: 1 }]);

    expect(data.months).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(data.series.map((series) => series.optionId)).toEqual(["opus", "chipnemo"]);
    expect(data.paybacks).toEqual([{ optionId: "chipnemo", baselineId: "opus", month: 1, value: data.series[1].values[1] }]);
    // The month the library reports agrees with the curves drawn.
    expect(findPaybackMonth(data.series[1].values, data.series[0].values)).toBe(1);
  });

  it("leaves out comparisons without payback", () => {
    const data = buildCumulativeChartData([opus, chipnemo], [{ optionId: "opus", baselineId: "chipnemo", paybackMonth: null }]);

    expect(data.paybacks).toEqual([]);
  });
});
