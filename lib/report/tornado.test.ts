import { describe, expect, it } from "vitest";

import { buildTornadoChartData } from "./tornado";

const bar = (input: string, swing: number, label = input) => ({
  input,
  label,
  low: 3,
  high: 5,
  savingsAtLow: 0.9,
  savingsAtHigh: 0.9 + swing,
  swing,
});

const comparison = { optionId: "chipnemo", baselineId: "opus" };

describe("buildTornadoChartData", () => {
  it("orders bars by swing, largest first", () => {
    const data = buildTornadoChartData(
      { baseSavings: 0.95, bars: [bar("teams[0].engineers", 0.01), bar("options[0].outputPricePerMTok", 0.04), bar("options[2].utilization", 0.02)] },
      comparison,
    );

    expect(data.bars.map((entry) => entry.input)).toEqual(["options[0].outputPricePerMTok", "options[2].utilization", "teams[0].engineers"]);
    expect(data.baseSavings).toBe(0.95);
    expect(data.optionId).toBe("chipnemo");
  });

  it("breaks ties by label and keeps the largest few", () => {
    const data = buildTornadoChartData({ baseSavings: 0.5, bars: [bar("b", 0.1, "B"), bar("a", 0.1, "A"), bar("c", 0.05, "C")] }, comparison, { limit: 2 });

    expect(data.bars.map((entry) => entry.label)).toEqual(["A", "B"]);
  });

  it("drops unit-price bars when prices are hidden", () => {
    const data = buildTornadoChartData(
      {
        baseSavings: 0.95,
        bars: [bar("options[0].outputPricePerMTok", 0.04), bar("options[1].pricePerSeatPerMonth", 0.03), bar("options[0].discount", 0.025), bar("options[2].utilization", 0.02)],
      },
      comparison,
      { hideUnitPrices: true, limit: 1 },
    );

    expect(data.bars.map((entry) => entry.input)).toEqual(["options[2].utilization"]);
    expect(data.bars[0]).toMatchObject({ low: 3, high: 5 });
  });

  it("keeps unit-price bars when prices are shown", () => {
    const data = buildTornadoChartData({ baseSavings: 0.95, bars: [bar("options[1].pricePerSeatPerMonth", 0.03), bar("options[2].utilization", 0.02)] }, comparison);

    expect(data.bars.map((entry) => entry.input)).toEqual(["options[1].pricePerSeatPerMonth", "options[2].utilization"]);
  });
});
