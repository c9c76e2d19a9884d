import "server-only";

import type { Database } from "../db";
import { toPlainRow } from "./entry-store";

export interface ApiModelPriceExportRow {
  provider: string;
  model: string;
  inputPricePerMTok: number;
  cachedInputPricePerMTok: number | null;
  outputPricePerMTok: number;
  discount: number;
  effectiveFrom: string;
  sourceUrl: string | null;
  checkedAt: string | null;
  notes: string | null;
}

/** Lists every dated API model price row of the organization that is not retired, by model and date. */
export async function listApiModelPrices(database: Database, orgId: string): Promise<ApiModelPriceExportRow[]> {
  const rows = await database.apiModelPrice.findMany({ where: { orgId, retiredAt: null }, orderBy: [{ key: "asc" }, { effectiveFrom: "asc" }] });

  return rows.map((row) => toPlainRow(row) as unknown as ApiModelPriceExportRow);
}
