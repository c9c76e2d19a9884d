import { createElement } from "react";
import { describe, expect, it } from "vitest";

import { buildReportData, optionsWithoutAccuracy } from "@/lib/report/build-report";
import { evaluateScenario, parseScenario } from "@/lib/tco";

import { renderStaticMarkup } from "./render-static-markup";
import { ReportView } from "./report-view";

// The reference case with a negotiated discount and an uncertain serving utilization.
const document = {
  name: "ChipNeMo against frontier APIs",
  horizon: { years: 2, workingDaysPerYear: 250 },
  teams: [{ name: "Design verification", engineers: 1000 }],
  options: [
    { id: "opus", name: "Claude 3 Opus", kind: "api", inputPricePerMTok: 15, outputPricePerMTok: 75, discount: 0.125 },
    { id: "gpt4t", name: "GPT-4 Turbo", kind: "api", inputPricePerMTok: 10, outputPricePerMTok: 30 },
    { id: "seats", name: "Team seats", kind: "seat", pricePerSeatPerMonth: 37 },
    {
      id: "chipnemo",
      name: "ChipNeMo-70B",
      kind: "selfHosted",
      daptGpuHours: 100,
      sftGpuHours: 4,
      trainingGpuHourPrice: 4.1,
      servingMode: "utilization",
      gpusPerReplica: 8,
      servingGpuHourPrice: 4.1,
      throughputTokensPerSecond: 5500,
      utilization: { distribution: "triangular", min: 0.5, mode: 0.8, max: 1 },
    },
  ],
  baselineId: "opus",
};

function render(hideUnitPrices: boolean): string {
  const model = parseScenario(document);
  const report = buildReportData({
    document,
    model,
    evaluation: evaluateScenario(model),
    provenance: [],
    scenario: { name: "Reference", description: null },
    currency: "USD",
    revision: { number: 1, pinned: false },
    pricesAsOf: "2024-04-15",
    catalogChangedSince: false,
    hideUnitPrices,
    monteCarloSamples: 1000,
  });

  return renderStaticMarkup(createElement(ReportView, { report }));
}

// Formatted unit prices of the document: per 1M tokens, per seat-month, per GPU-hour, and the discount.
const UNIT_PRICES = ["$15.00", "$75.00", "$10.00", "$30.00", "$37.00", "$4.10", "12.5 %"];

describe("ReportView", () => {
  it("renders every chart with a title, axis labels and a data table", () => {
    const markup = render(false);

    for (const title of ["TCO of each option by head count", "Cumulative cost by month", "Cost per accepted answer", "Inputs that move the savings most", "Uncertainty of the TCO (P5 to P95)"]) {
      expect(markup).toContain(`<title>${title}</title>`);
    }
    expect(markup).toContain("Engineers (log scale)");
    expect(markup).toContain("TCO (USD, log scale)");
    expect(markup).toContain("TCO (USD)");
    expect(markup).toContain("Month");
    expect(markup.match(/<summary[^>]*>Data<\/summary>/g)?.length).toBe(5);
  });

  it("shows unit prices in the assumptions table", () => {
    const markup = render(false);

    for (const price of UNIT_PRICES) expect(markup, price).toContain(price);
  });

  it("leaves out every unit price when they are hidden", () => {
    const markup = render(true);

    for (const price of UNIT_PRICES) expect(markup, price).not.toContain(price);
    expect(markup).toContain("hidden");
    expect(markup).toMatch(/data-testid="tco-opus">\$[\d,]+\.\d\d</);
  });

  it("names the options whose accuracy is assumed, from the document rather than the value", () => {
    const markup = render(false);

    // No option of the document sets accuracy.
    expect(markup).toContain("Accuracy not set: assumed 100 % for <bdi>Claude 3 Opus, GPT-4 Turbo, Team seats, ChipNeMo-70B</bdi>. Set the measured pass rate in the scenario editor.");
  });
});

describe("report charts", () => {
  it("draws the head-count chart on a log TCO axis with readable ticks", () => {
    const markup = render(false);
    const sweep = markup.slice(markup.indexOf('data-testid="chart-sweep"'), markup.indexOf('data-testid="chart-cumulative"'));

    // Decade ticks in compact money, from the smallest to the largest TCO of the sweep.
    for (const tick of ["$1K", "$10K", "$100K", "$1M"]) expect(sweep).toContain(`>${tick}<`);
    expect(sweep).not.toContain('data-testid="sweep-skipped"');
  });

  it("keeps the tornado's labels whole in a title and wraps them", () => {
    const markup = render(false);
    const tornado = markup.slice(markup.indexOf('data-testid="chart-tornado"'));
    const titles = [...tornado.matchAll(/<text[^>]*><title>([^<]+)<\/title>((?:<tspan[^>]*>[^<]*<\/tspan>)+)<\/text>/g)];

    expect(titles.length).toBeGreaterThan(0);
    for (const [, label, spans] of titles) {
      const lines = [...spans.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((match) => match[1]);
      expect(lines.length).toBeLessThanOrEqual(2);
      expect(lines.join(" ")).toBe(label.replace(/&#x27;/g, "'"));
    }
  });
});

describe("user text in the report", () => {
  it("isolates option names that carry a right-to-left override", () => {
    const model = parseScenario({ ...document, options: [{ ...document.options[0], name: "Opus \u202Etxt.exe" }, ...document.options.slice(1)] });
    const report = buildReportData({
      document,
      model,
      evaluation: evaluateScenario(model),
      provenance: [],
      scenario: { name: "Reference", description: null },
      currency: "USD",
      revision: { number: 1, pinned: false },
      pricesAsOf: "2024-04-15",
      catalogChangedSince: false,
      hideUnitPrices: false,
      monteCarloSamples: 100,
    });
    const markup = renderStaticMarkup(createElement(ReportView, { report }));

    // The TCO table, the headline and the assumptions each isolate the name.
    expect(markup).toMatch(/data-option-id="opus"><th[^>]*><bdi>Opus \u202Etxt\.exe<\/bdi>/);
    expect(markup.match(/<bdi>Opus \u202Etxt\.exe<\/bdi>/g)!.length).toBeGreaterThanOrEqual(3);
  });
});

describe("optionsWithoutAccuracy", () => {
  it("lists only options without an accuracy, even when one is set to 1", () => {
    const withAccuracy = { ...document, options: [{ ...document.options[0], accuracy: 1 }, { ...document.options[1], accuracy: 0.6 }, document.options[2]] };

    expect([...optionsWithoutAccuracy(withAccuracy)]).toEqual(["seats"]);
    expect([...optionsWithoutAccuracy(null)]).toEqual([]);
  });
});
