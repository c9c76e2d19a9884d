import { describe, expect, it } from "vitest";

import { buildSweepChartData, interpolateOnLogGrid } from "./sweep-series";

// A log grid 10, 100, 1,000, 10,000: the API costs 250 per engineer and the self-hosted option
// 5,500 fixed plus 10 per engineer, so they cross at 5,500 / 240 ≈ 22.9 engineers.
const grid = [10, 100, 1000, 10_000].map((engineers) => ({
  engineers,
  totals: { api: 250 * engineers, self: 5500 + 10 * engineers },
}));
const options = [
  { id: "api", name: "API" },
  { id: "self", name: "Self-hosted" },
];

describe("buildSweepChartData", () => {
  it("keeps one series per option in grid order", () => {
    const data = buildSweepChartData(grid.toReversed(), options, [], 1000);

    expect(data.series.map((series) => series.optionId)).toEqual(["api", "self"]);
    expect(data.series[0].points.map((point) => point.engineers)).toEqual([10, 100, 1000, 10_000]);
    expect(data.series[1].points[2]).toEqual({ engineers: 1000, total: 15_500 });
    expect(data.engineersDomain).toEqual([10, 10_000]);
    expect(data.totalDomain).toEqual([0, 2_500_000]);
    expect(data.currentEngineers).toBe(1000);
  });

  it("skips points without a total instead of drawing 0", () => {
    const gappy = grid.map((point) => (point.engineers === 100 ? { engineers: 100, totals: { api: 25_000 } } : point));

    const data = buildSweepChartData(gappy, options, [], 1000);

    expect(data.series[1].points.map((point) => point.engineers)).toEqual([10, 1000, 10_000]);
    expect(data.series[1].points.some((point) => point.total === 0)).toBe(false);
    expect(data.series[0].points).toHaveLength(4);
  });

  it("marks the break-even on the baseline curve", () => {
    const breakEven = 5500 / 240;
    const data = buildSweepChartData(grid, options, [{ optionId: "self", baselineId: "api", breakEvenEngineers: breakEven }], 1000);

    expect(data.breakEvens).toHaveLength(1);
    const marker = data.breakEvens[0];
    expect(marker.engineers).toBeCloseTo(22.92, 2);
    // Between 10 (2,500) and 100 (25,000), linear in log(head count).
    const position = Math.log10(breakEven) - 1;
    expect(marker.total).toBeCloseTo(2500 + position * 22_500, 6);
  });

  it("leaves out break-evens outside the grid and null ones", () => {
    const data = buildSweepChartData(
      grid,
      options,
      [
        { optionId: "self", baselineId: "api", breakEvenEngineers: 2 },
        { optionId: "api", baselineId: "self", breakEvenEngineers: null },
      ],
      1000,
    );

    expect(data.breakEvens).toEqual([]);
  });

  it("drops head count 0, which a log axis cannot show", () => {
    const data = buildSweepChartData([{ engineers: 0, totals: { api: 0, self: 5500 } }, ...grid], options, [], 0);

    expect(data.series[0].points[0].engineers).toBe(10);
  });
});

describe("interpolateOnLogGrid", () => {
  const points = [
    { engineers: 10, total: 100 },
    { engineers: 1000, total: 300 },
  ];

  it("is linear in the logarithm", () => {
    expect(interpolateOnLogGrid(points, 100)).toBeCloseTo(200, 9);
  });

  it("returns the end points exactly", () => {
    expect(interpolateOnLogGrid(points, 10)).toBe(100);
    expect(interpolateOnLogGrid(points, 1000)).toBe(300);
  });

  it("returns null outside the grid", () => {
    expect(interpolateOnLogGrid(points, 9)).toBeNull();
    expect(interpolateOnLogGrid(points, 1001)).toBeNull();
  });
});
