import type { CatalogSnapshot } from "./catalog-types";

/**
 * A catalog with the reference case's entries (Claude 3 Opus at 15/75, an A100 at 4.10 per hour,
 * the ChipNeMo-70B profile and a 1,000-engineer team), for unit tests of the scenario helpers.
 */
const dated = { effectiveFrom: "2024-01-01", effectiveTo: null, retiredAt: null, sourceUrl: null, checkedAt: null, verified: true };

export const testCatalog: CatalogSnapshot = {
  apiModels: [
    { id: "a1", key: "anthropic/claude-3-opus", provider: "Anthropic", model: "Claude 3 Opus", inputPricePerMTok: 15, cachedInputPricePerMTok: null, outputPricePerMTok: 75, discount: 0, ...dated },
  ],
  seatPlans: [],
  gpuPrices: [
    {
      id: "g1",
      key: "aws/a100",
      gpuModel: "A100",
      memoryGb: 40,
      market: "onDemand",
      provider: "AWS",
      pricePerGpuHour: 4.1,
      purchasePrice: null,
      amortizationYears: null,
      powerKwPerGpu: null,
      pue: null,
      electricityPricePerKwh: null,
      ...dated,
    },
  ],
  profiles: [
    {
      id: "p1",
      key: "chipnemo-70b",
      name: "ChipNeMo-70B",
      baseModel: "LLaMA2-70B",
      parametersBillions: 70,
      daptGpuHours: 100,
      sftGpuHours: 4,
      gpusPerReplica: 8,
      throughputTokensPerSecond: 5500,
      accuracy: null,
      sourceUrl: null,
      checkedAt: null,
      retiredAt: null,
    },
  ],
  teams: [
    { id: "t1", name: "Design verification", engineers: 1000, adoption: 1, queriesPerEngineerPerDay: 20, inputTokensPerQuery: 1000, outputTokensPerQuery: 500, cachedInputShare: 0, annualHeadcountGrowth: 0, retiredAt: null },
  ],
};
