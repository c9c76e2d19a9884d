import { createElement } from "react";
import { describe, expect, it } from "vitest";

import type { TornadoChartData } from "@/lib/report/tornado";

import { renderStaticMarkup } from "../render-static-markup";
import { TornadoChart } from "./tornado-chart";

const data = (baseSavings: number | null): TornadoChartData => ({
  optionId: "chipnemo",
  baselineId: "opus",
  baseSavings,
  bars: [{ input: "options[1].utilization", label: "ChipNeMo: utilization", low: 0.75, high: 1, savingsAtLow: 0.9, savingsAtHigh: 0.96, swing: 0.06 }],
});

const render = (baseSavings: number | null) => renderStaticMarkup(createElement(TornadoChart, { data: data(baseSavings), optionName: "ChipNeMo", baselineName: "Claude 3 Opus" }));

describe("TornadoChart", () => {
  it("draws the baseline at the base savings", () => {
    expect(render(0.95)).toMatch(/<line [^>]*y1="8"/);
  });

  it("omits the baseline when the base savings are unknown", () => {
    const markup = render(null);

    // The baseline is the only line that spans the plot from its top (y1 = 8).
    expect(markup).not.toMatch(/<line [^>]*y1="8"/);
    expect(markup).toContain("there is no baseline line");
    // Each savings value is a narrow mark, not a bar drawn from an assumed 0 %.
    expect([...markup.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((match) => match[1])).toEqual(["3", "3"]);
  });
});
