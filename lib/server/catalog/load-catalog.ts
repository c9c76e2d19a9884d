import "server-only";

import type { CatalogSnapshot } from "@/lib/scenario/catalog-types";

import type { Database } from "../db";

type DecimalLike = { toNumber(): number };

const toNumber = (value: DecimalLike): number => value.toNumber();
const toNullableNumber = (value: DecimalLike | null): number | null => (value === null ? null : value.toNumber());

/** Formats a `@db.Date` column (UTC midnight) as `YYYY-MM-DD`. */
export const toIsoDate = (value: Date): string => value.toISOString().slice(0, 10);
const toNullableIsoDate = (value: Date | null): string | null => (value === null ? null : toIsoDate(value));
const toNullableTimestamp = (value: Date | null): string | null => (value === null ? null : value.toISOString());

/**
 * Loads every catalog row and team of one organization, retired and historical rows included,
 * as plain values for the resolver (Decimal money becomes number, dates become ISO strings).
 */
export async function loadCatalogSnapshot(database: Database, orgId: string): Promise<CatalogSnapshot> {
  const [apiModels, seatPlans, gpuPrices, profiles, teams] = await Promise.all([
    database.apiModelPrice.findMany({ where: { orgId }, orderBy: [{ key: "asc" }, { effectiveFrom: "asc" }] }),
    database.seatPlan.findMany({ where: { orgId }, orderBy: [{ key: "asc" }, { effectiveFrom: "asc" }] }),
    database.gpuPrice.findMany({ where: { orgId }, orderBy: [{ key: "asc" }, { effectiveFrom: "asc" }] }),
    database.selfHostedProfile.findMany({ where: { orgId }, orderBy: { key: "asc" } }),
    database.team.findMany({ where: { orgId }, orderBy: { name: "asc" } }),
  ]);

  const dated = (row: { effectiveFrom: Date; effectiveTo: Date | null; retiredAt: Date | null; checkedAt: Date | null }) => ({
    effectiveFrom: toIsoDate(row.effectiveFrom),
    effectiveTo: toNullableIsoDate(row.effectiveTo),
    retiredAt: toNullableTimestamp(row.retiredAt),
    checkedAt: toNullableIsoDate(row.checkedAt),
  });

  return {
    apiModels: apiModels.map((row) => ({
      ...row,
      ...dated(row),
      inputPricePerMTok: toNumber(row.inputPricePerMTok),
      cachedInputPricePerMTok: toNullableNumber(row.cachedInputPricePerMTok),
      outputPricePerMTok: toNumber(row.outputPricePerMTok),
      discount: toNumber(row.discount),
    })),
    seatPlans: seatPlans.map((row) => ({ ...row, ...dated(row), pricePerSeatPerMonth: toNumber(row.pricePerSeatPerMonth) })),
    gpuPrices: gpuPrices.map((row) => ({
      ...row,
      ...dated(row),
      pricePerGpuHour: toNullableNumber(row.pricePerGpuHour),
      purchasePrice: toNullableNumber(row.purchasePrice),
      electricityPricePerKwh: toNullableNumber(row.electricityPricePerKwh),
    })),
    profiles: profiles.map((row) => ({
      ...row,
      checkedAt: toNullableIsoDate(row.checkedAt),
      retiredAt: toNullableTimestamp(row.retiredAt),
    })),
    teams: teams.map((row) => ({ ...row, retiredAt: toNullableTimestamp(row.retiredAt) })),
  };
}
