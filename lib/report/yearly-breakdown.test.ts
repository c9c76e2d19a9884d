import { describe, expect, it } from "vitest";

import { buildYearlyBreakdownRows } from "./yearly-breakdown";

describe("buildYearlyBreakdownRows", () => {
  it("lists each year and a total row per option", () => {
    const rows = buildYearlyBreakdownRows([
      {
        id: "self",
        name: "Self-hosted",
        years: [
          { year: 1, training: 426.4, usage: 12_424.24, operations: 0, fixed: 100, total: 12_950.64 },
          { year: 2, training: 0, usage: 12_424.24, operations: 50, fixed: 100, total: 12_574.24 },
        ],
      },
    ]);

    expect(rows.map((row) => row.year)).toEqual([1, 2, "total"]);
    expect(rows[2].training).toBeCloseTo(426.4, 9);
    expect(rows[2].usage).toBeCloseTo(24_848.48, 9);
    expect(rows[2].operations).toBe(50);
    expect(rows[2].fixed).toBe(200);
    expect(rows[2].total).toBeCloseTo(25_524.88, 9);
  });
});
