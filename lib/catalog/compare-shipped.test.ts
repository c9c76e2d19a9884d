import { describe, expect, it } from "vitest";

import type { ApiModelRow, CatalogSnapshot } from "../scenario/catalog-types";

import { compareWithShipped, type ShippedCatalog } from "./compare-shipped";

const shipped: ShippedCatalog = {
  apiModels: [
    { key: "anthropic/claude-3-opus", provider: "Anthropic", model: "Claude 3 Opus", inputPricePerMTok: 15, cachedInputPricePerMTok: 1.5, outputPricePerMTok: 75, effectiveFrom: "2024-03-04", sourceUrl: "https://www.anthropic.com/pricing", checkedAt: "2026-07-29", notes: "list" },
    { key: "openai/gpt-4o", provider: "OpenAI", model: "GPT-4o", inputPricePerMTok: 2.5, outputPricePerMTok: 10, effectiveFrom: "2024-10-01", sourceUrl: null },
    { key: "openai/o3", provider: "OpenAI", model: "o3", inputPricePerMTok: 2, outputPricePerMTok: 8, effectiveFrom: "2025-06-10", sourceUrl: null },
  ],
  seatPlans: [],
  gpuPrices: [],
  selfHostedProfiles: [],
};

function apiRow(overrides: Partial<ApiModelRow>): ApiModelRow {
  return {
    id: "row",
    key: "anthropic/claude-3-opus",
    provider: "Anthropic",
    model: "Claude 3 Opus",
    inputPricePerMTok: 15,
    cachedInputPricePerMTok: 1.5,
    outputPricePerMTok: 75,
    discount: 0,
    effectiveFrom: "2024-03-04",
    effectiveTo: null,
    retiredAt: null,
    sourceUrl: "https://www.anthropic.com/pricing",
    checkedAt: "2024-01-01",
    verified: false,
    ...overrides,
  };
}

const catalog = (apiModels: ApiModelRow[]): CatalogSnapshot => ({ apiModels, seatPlans: [], gpuPrices: [], profiles: [], teams: [] });

describe("compareWithShipped", () => {
  it("ignores notes and check dates", () => {
    const [opus] = compareWithShipped(shipped, catalog([apiRow({})]), "2026-12-04");

    expect(opus.status).toBe("same");
  });

  it("lists differing fields of the row in force", () => {
    const rows = [apiRow({ id: "old", effectiveTo: "2025-01-01" }), apiRow({ id: "new", effectiveFrom: "2025-01-01", outputPricePerMTok: 60, discount: 0.1 })];

    const [opus] = compareWithShipped(shipped, catalog(rows), "2026-12-04");

    expect(opus.status).toBe("differs");
    expect(opus.differences).toEqual([
      { field: "outputPricePerMTok", label: "Output price per 1M tokens", yours: 60, shipped: 75 },
      { field: "discount", label: "Negotiated discount (%)", yours: 0.1, shipped: 0 },
    ]);
  });

  it("marks missing and retired entries", () => {
    const rows = [apiRow({}), apiRow({ id: "o3", key: "openai/o3", provider: "OpenAI", model: "o3", retiredAt: "2026-01-01T00:00:00.000Z" })];

    const statuses = compareWithShipped(shipped, catalog(rows), "2026-12-04").map((comparison) => [comparison.key, comparison.status]);

    expect(statuses).toEqual([
      ["anthropic/claude-3-opus", "same"],
      ["openai/gpt-4o", "missing"],
      ["openai/o3", "retired"],
    ]);
  });
});
