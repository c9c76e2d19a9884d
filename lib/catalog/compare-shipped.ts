import type { CatalogSnapshot, DatedRow } from "../scenario/catalog-types";
import { findRowInForce } from "../scenario/catalog-types";

import { FIELD_SPECS, type AnyEntryValues, type EntryKind } from "./entry-schemas";

export type ShippedKind = Exclude<EntryKind, "team">;

/** One row of the shipped catalog file, with the form's field names. */
export type ShippedRow = Record<string, unknown> & { key: string; effectiveFrom?: string };

export interface ShippedCatalog {
  apiModels: ShippedRow[];
  seatPlans: ShippedRow[];
  gpuPrices: ShippedRow[];
  selfHostedProfiles: ShippedRow[];
}

export interface FieldDifference {
  field: string;
  label: string;
  yours: unknown;
  shipped: unknown;
}

export interface ShippedComparison {
  kind: ShippedKind;
  key: string;
  label: string;
  status: "same" | "differs" | "missing" | "retired";
  differences: FieldDifference[];
  /** The shipped values as the forms store them, ready to be taken over. */
  values: AnyEntryValues;
  effectiveFrom: string | null;
}

/** Fields compared: everything a person edits except free-text notes and the date checked. */
const comparedFields = (kind: ShippedKind) => FIELD_SPECS[kind].filter((field) => field.name !== "notes" && field.name !== "checkedAt");

/** Converts a shipped row to stored form values; fields it omits get the form's defaults. */
export function shippedValues(kind: ShippedKind, row: ShippedRow): AnyEntryValues {
  const values: AnyEntryValues = {};
  for (const field of FIELD_SPECS[kind]) {
    const value = row[field.name];
    values[field.name] = value === undefined ? null : (value as string | number | null);
  }
  if (kind === "apiModel" && values.discount === null) values.discount = 0;

  return values;
}

const LABEL_FIELDS: Record<ShippedKind, string[]> = {
  apiModel: ["provider", "model"],
  seatPlan: ["vendor", "name"],
  gpuPrice: ["gpuModel", "provider"],
  profile: ["name"],
};

function compareRow(kind: ShippedKind, shipped: ShippedRow, yourRows: readonly (DatedRow | Record<string, unknown>)[], today: string): ShippedComparison {
  const values = shippedValues(kind, shipped);
  const label = LABEL_FIELDS[kind].map((field) => values[field]).filter(Boolean).join(", ");
  const base = { kind, key: shipped.key, label, values, effectiveFrom: shipped.effectiveFrom ?? null };
  const rows = yourRows.filter((row) => row.key === shipped.key) as (DatedRow & Record<string, unknown>)[];

  if (rows.length === 0) return { ...base, status: "missing", differences: [] };
  if (rows.every((row) => row.retiredAt !== null)) return { ...base, status: "retired", differences: [] };

  const dated = kind !== "profile";
  const yours = dated ? (findRowInForce(rows, shipped.key, today) ?? rows[rows.length - 1]) : rows[0];
  const differences = comparedFields(kind)
    .filter((field) => (yours[field.name] ?? null) !== (values[field.name] ?? null))
    .map((field) => ({ field: field.name, label: field.label, yours: yours[field.name] ?? null, shipped: values[field.name] ?? null }));

  return { ...base, status: differences.length > 0 ? "differs" : "same", differences };
}

/**
 * Compares each entry of the shipped catalog with the organization's entry of the same key:
 * the row in force today for prices. Entries only the organization has are not listed.
 */
export function compareWithShipped(shipped: ShippedCatalog, yours: CatalogSnapshot, today: string): ShippedComparison[] {
  return [
    ...shipped.apiModels.map((row) => compareRow("apiModel", row, yours.apiModels, today)),
    ...shipped.seatPlans.map((row) => compareRow("seatPlan", row, yours.seatPlans, today)),
    ...shipped.gpuPrices.map((row) => compareRow("gpuPrice", row, yours.gpuPrices, today)),
    ...shipped.selfHostedProfiles.map((row) => compareRow("profile", row, yours.profiles as unknown as Record<string, unknown>[], today)),
  ];
}
