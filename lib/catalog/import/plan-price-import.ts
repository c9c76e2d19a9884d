import type { ApiModelRow } from "../../scenario/catalog-types";
import { findRowInForce } from "../../scenario/catalog-types";
import { deriveKey } from "../entry-key";
import type { AnyEntryValues } from "../entry-schemas";

import type { ImportRow, ParsedImport } from "./parse-price-import";

export type ImportAction = "add" | "update" | "skip";

export interface PlannedImportRow {
  line: number;
  label: string;
  action: ImportAction;
  reason: string;
  key: string;
  values: AnyEntryValues;
  effectiveFrom: string;
  /** For updates: "correct" edits the row starting on the same date, "change" opens a new row. */
  mode: "create" | "correct" | "change" | null;
  /** The catalog row that an update corrects, or any row of the entry whose price changes. */
  targetRowId: string | null;
}

const PRICE_FIELDS = ["inputPricePerMTok", "cachedInputPricePerMTok", "outputPricePerMTok", "discount"] as const;

const samePrices = (values: AnyEntryValues, row: ApiModelRow) => PRICE_FIELDS.every((field) => (values[field] ?? null) === (row[field] ?? null));

function planRow(row: ImportRow, catalog: readonly ApiModelRow[]): PlannedImportRow {
  const key = deriveKey("apiModel", row.values);
  const base = { line: row.line, label: `${row.values.provider} ${row.values.model}`, key, values: row.values, effectiveFrom: row.effectiveFrom };
  const entryRows = catalog.filter((candidate) => candidate.key === key);

  if (entryRows.length === 0) return { ...base, action: "add", reason: "New model.", mode: "create", targetRowId: null };
  if (entryRows.every((candidate) => candidate.retiredAt !== null)) {
    return { ...base, action: "skip", reason: "Retired in the catalog; restore it before importing prices.", mode: null, targetRowId: null };
  }

  const sameStart = entryRows.find((candidate) => candidate.effectiveFrom === row.effectiveFrom);
  if (sameStart) {
    if (samePrices(row.values, sameStart)) return { ...base, action: "skip", reason: `Same prices as the catalog row from ${row.effectiveFrom}.`, mode: null, targetRowId: null };

    return { ...base, action: "update", reason: `Corrects the catalog row from ${row.effectiveFrom}.`, mode: "correct", targetRowId: sameStart.id };
  }

  const inForce = findRowInForce(entryRows, key, row.effectiveFrom);
  if (inForce && samePrices(row.values, inForce)) {
    return { ...base, action: "skip", reason: `Same prices as the catalog row in force on ${row.effectiveFrom}.`, mode: null, targetRowId: null };
  }

  return { ...base, action: "update", reason: `New price from ${row.effectiveFrom}; earlier prices stay in the history.`, mode: "change", targetRowId: entryRows[0].id };
}

/**
 * Decides for each parsed row whether it adds a model, updates a price (a correction of the row
 * starting on the same date, or a new dated row) or is skipped, each with the reason.
 */
export function planPriceImport(parsed: ParsedImport, catalog: readonly ApiModelRow[]): PlannedImportRow[] {
  return parsed.rows.map((row) => planRow(row, catalog));
}
