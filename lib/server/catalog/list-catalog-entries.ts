import "server-only";

import { findRowInForce, type ApiModelRow, type DatedRow, type GpuPriceRow, type SeatPlanRow, type SelfHostedProfileRow } from "@/lib/scenario/catalog-types";

import type { Database } from "../db";
import { loadCatalogSnapshot } from "./load-catalog";

export interface DatedEntrySummary<Row extends DatedRow> {
  key: string;
  /** The row in force on `today`, or else the latest row. */
  shown: Row;
  inForceToday: boolean;
  retired: boolean;
  priceCount: number;
}

export interface CatalogListing {
  apiModels: DatedEntrySummary<ApiModelRow>[];
  seatPlans: DatedEntrySummary<SeatPlanRow>[];
  gpuPrices: DatedEntrySummary<GpuPriceRow>[];
  profiles: SelfHostedProfileRow[];
}

function summarize<Row extends DatedRow>(rows: readonly Row[], today: string): DatedEntrySummary<Row>[] {
  const byKey = new Map<string, Row[]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);

  return [...byKey.entries()].map(([key, entryRows]) => {
    const retired = entryRows.every((row) => row.retiredAt !== null);
    const inForce = retired ? undefined : findRowInForce(entryRows, key, today);
    const latest = entryRows.reduce((a, b) => (b.effectiveFrom > a.effectiveFrom ? b : a));

    return { key, shown: inForce ?? latest, inForceToday: inForce !== undefined, retired, priceCount: entryRows.length };
  });
}

/** Lists the organization's catalog entries, one line per key, with the price in force today. */
export async function listCatalogEntries(database: Database, orgId: string, today: string): Promise<CatalogListing> {
  const snapshot = await loadCatalogSnapshot(database, orgId);

  return {
    apiModels: summarize(snapshot.apiModels, today),
    seatPlans: summarize(snapshot.seatPlans, today),
    gpuPrices: summarize(snapshot.gpuPrices, today),
    profiles: snapshot.profiles,
  };
}
