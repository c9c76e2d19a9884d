import "server-only";

import defaultCatalog from "@/prisma/catalog/default-catalog.json";

import type { Database } from "../db";

type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];

/** The shipped catalog, read from `prisma/catalog/default-catalog.json`. */
export { defaultCatalog };

const date = (value: string | undefined | null) => (value ? new Date(`${value}T00:00:00Z`) : null);

/** Copies the shipped catalog into a new organization. */
export async function copyDefaultCatalog(transaction: Transaction | Database, orgId: string): Promise<void> {
  await transaction.apiModelPrice.createMany({
    data: defaultCatalog.apiModels.map((row) => ({
      orgId,
      key: row.key,
      provider: row.provider,
      model: row.model,
      inputPricePerMTok: row.inputPricePerMTok,
      cachedInputPricePerMTok: row.cachedInputPricePerMTok ?? null,
      outputPricePerMTok: row.outputPricePerMTok,
      effectiveFrom: date(row.effectiveFrom)!,
      sourceUrl: row.sourceUrl,
      checkedAt: date(row.checkedAt),
      verified: row.verified,
      notes: row.notes,
    })),
  });

  await transaction.seatPlan.createMany({
    data: defaultCatalog.seatPlans.map((row) => ({ ...row, orgId, effectiveFrom: date(row.effectiveFrom)!, checkedAt: date(row.checkedAt) })),
  });

  await transaction.gpuPrice.createMany({
    data: defaultCatalog.gpuPrices.map((row) => ({
      orgId,
      key: row.key,
      gpuModel: row.gpuModel,
      memoryGb: row.memoryGb,
      market: row.market as "onDemand" | "reserved" | "spot" | "owned",
      provider: row.provider,
      pricePerGpuHour: row.pricePerGpuHour ?? null,
      purchasePrice: row.purchasePrice ?? null,
      amortizationYears: row.amortizationYears ?? null,
      powerKwPerGpu: row.powerKwPerGpu ?? null,
      pue: row.pue ?? null,
      electricityPricePerKwh: row.electricityPricePerKwh ?? null,
      effectiveFrom: date(row.effectiveFrom)!,
      sourceUrl: row.sourceUrl,
      checkedAt: date(row.checkedAt),
      verified: row.verified,
      notes: row.notes,
    })),
  });

  await transaction.selfHostedProfile.createMany({
    data: defaultCatalog.selfHostedProfiles.map((row) => ({ ...row, orgId, checkedAt: date(row.checkedAt) })),
  });
}
