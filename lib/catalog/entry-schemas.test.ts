import { describe, expect, it } from "vitest";

import { emptyFormStrings, parseEntryForm, toFormStrings } from "./entry-schemas";
import { parseNumberText } from "./form-fields";

const apiModel = {
  provider: "Anthropic",
  model: "Claude 3 Opus",
  inputPricePerMTok: "15",
  cachedInputPricePerMTok: "",
  outputPricePerMTok: "75",
  discount: "10",
  sourceUrl: "https://www.anthropic.com/pricing",
  checkedAt: "2024-04-15",
  notes: "",
  effectiveFrom: "2024-03-04",
};

const team = {
  name: "Verification",
  engineers: "1,000",
  adoption: "80",
  queriesPerEngineerPerDay: "20",
  inputTokensPerQuery: "1000",
  outputTokensPerQuery: "500",
  cachedInputShare: "25",
  annualHeadcountGrowth: "-10",
};

function errorsOf(result: ReturnType<typeof parseEntryForm>) {
  return result.ok ? {} : result.fieldErrors;
}

describe("parseNumberText", () => {
  it.each([
    ["15", 15],
    ["2.5", 2.5],
    ["1,000.5", 1000.5],
    [" 1 000 ", 1000],
    ["1e3", 1000],
  ])("reads %s", (text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });

  it.each(["15 $", "$15", "15/M", "abc", "NaN", "Infinity", "1,5", "1e400"])("rejects %s", (text) => {
    expect(parseNumberText(text)).toHaveProperty("error");
  });
});

describe("API model form", () => {
  it("outputs stored values", () => {
    const result = parseEntryForm("apiModel", "create", apiModel);

    expect(result).toEqual({
      ok: true,
      effectiveFrom: "2024-03-04",
      values: {
        provider: "Anthropic",
        model: "Claude 3 Opus",
        inputPricePerMTok: 15,
        cachedInputPricePerMTok: null,
        outputPricePerMTok: 75,
        discount: 0.1,
        sourceUrl: "https://www.anthropic.com/pricing",
        checkedAt: "2024-04-15",
        notes: null,
      },
    });
  });

  it.each([
    ["outputPricePerMTok", "-1", "Must be at least 0 per 1M tokens."],
    ["outputPricePerMTok", "1000001", "Must be at most 1,000,000 per 1M tokens."],
    ["inputPricePerMTok", "NaN", "Enter a plain number such as 15 or 2.5, without currency signs or units."],
    ["inputPricePerMTok", "15 USD", "Enter a plain number such as 15 or 2.5, without currency signs or units."],
    ["inputPricePerMTok", "", "Enter a value."],
    ["discount", "100", "Must be less than 100 %."],
    ["sourceUrl", "javascript:alert(1)", "Enter a web address starting with https:// or http://, or leave it empty."],
    ["checkedAt", "15/04/2024", "Enter a date as YYYY-MM-DD, or leave it empty."],
    ["effectiveFrom", "2024-02-30", "Enter a date as YYYY-MM-DD."],
    ["model", "  ", "Enter a value."],
  ])("rejects %s = %j", (field, value, message) => {
    const result = parseEntryForm("apiModel", "create", { ...apiModel, [field]: value });

    expect(result.ok).toBe(false);
    expect(errorsOf(result)).toEqual({ [field]: message });
  });

  it("ignores the effective date when correcting a row", () => {
    const result = parseEntryForm("apiModel", "correct", { ...apiModel, effectiveFrom: "not a date" });

    expect(result).toMatchObject({ ok: true, effectiveFrom: null });
  });
});

describe("GPU price form", () => {
  const rented = { gpuModel: "H100 80 GB SXM", memoryGb: "80", market: "onDemand", provider: "AWS", pricePerGpuHour: "12.29", purchasePrice: "", amortizationYears: "", powerKwPerGpu: "", pue: "", electricityPricePerKwh: "", sourceUrl: "", checkedAt: "", notes: "", effectiveFrom: "2026-01-01" };

  it("requires the hourly price of a rented GPU", () => {
    expect(errorsOf(parseEntryForm("gpuPrice", "create", { ...rented, pricePerGpuHour: "" }))).toEqual({ pricePerGpuHour: "Enter the price per GPU-hour of a rented GPU." });
  });

  it("requires every owned-hardware field", () => {
    const owned = { ...rented, market: "owned", pricePerGpuHour: "", purchasePrice: "30000", pue: "0.5" };

    expect(errorsOf(parseEntryForm("gpuPrice", "create", owned))).toEqual({
      pue: "Must be at least 1.",
      amortizationYears: "Required for owned hardware.",
      powerKwPerGpu: "Required for owned hardware.",
      electricityPricePerKwh: "Required for owned hardware.",
    });
  });

  it("rejects an unknown market", () => {
    expect(errorsOf(parseEntryForm("gpuPrice", "create", { ...rented, market: "cheap" }))).toEqual({ market: "Pick a market." });
  });
});

describe("team form", () => {
  it("stores percentages as shares", () => {
    const result = parseEntryForm("team", "create", team);

    expect(result).toMatchObject({ ok: true, values: { engineers: 1000, adoption: 0.8, cachedInputShare: 0.25, annualHeadcountGrowth: -0.1 } });
  });

  it.each([
    ["engineers", "10.5", "Enter a whole number."],
    ["engineers", "10000001", "Must be at most 10,000,000 engineers."],
    ["adoption", "120", "Must be at most 100 %."],
    ["annualHeadcountGrowth", "-95", "Must be at least -90 %."],
    ["outputTokensPerQuery", "2000000", "Must be at most 1,000,000 tokens."],
  ])("rejects %s = %s", (field, value, message) => {
    expect(errorsOf(parseEntryForm("team", "create", { ...team, [field]: value }))).toEqual({ [field]: message });
  });

  it("round-trips through the form strings", () => {
    const parsed = parseEntryForm("team", "create", team);
    const strings = parsed.ok ? toFormStrings("team", parsed.values) : {};

    expect(strings).toMatchObject({ adoption: "80", cachedInputShare: "25", annualHeadcountGrowth: "-10", engineers: "1000" });
  });

  it("has valid defaults", () => {
    expect(parseEntryForm("team", "create", { ...emptyFormStrings("team", "2026-01-01"), name: "New", engineers: "5" }).ok).toBe(true);
  });
});
