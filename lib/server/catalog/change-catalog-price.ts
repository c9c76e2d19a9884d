import "server-only";

import { FIELD_SPECS, type AnyEntryValues, type DatedKind } from "@/lib/catalog/entry-schemas";

import type { Database } from "../db";
import { delegateOf, isoToDate, lockOrganization, pickFields, recordCatalogChange, toColumns, toPlainRow, type Transaction } from "./entry-store";

export type ChangePriceResult =
  | { status: "changed"; id: string }
  | { status: "not-found" }
  | { status: "retired" }
  | { status: "same-start"; rowId: string };

/**
 * Records a new price of an entry from `effectiveFrom` on. The row in force on that date is
 * closed (its `effectiveTo` becomes the new date, exclusive) and a new row with the same key
 * opens, ending where the closed row ended, so every earlier price stays in the history. A date
 * before the first row opens a row that ends where the first one starts. A row that already
 * starts on that date is not replaced: the caller offers "correct this row" instead.
 */
export async function changeCatalogPrice(
  database: Database,
  input: { orgId: string; actorId: string | null; kind: DatedKind; rowId: string; values: AnyEntryValues; effectiveFrom: string },
): Promise<ChangePriceResult> {
  return database.$transaction((transaction) => changeCatalogPriceInTransaction(transaction, input));
}

/** Does the work of changeCatalogPrice inside the caller's transaction, so an import can apply many rows atomically. */
export async function changeCatalogPriceInTransaction(transaction: Transaction, input: { orgId: string; actorId: string | null; kind: DatedKind; rowId: string; values: AnyEntryValues; effectiveFrom: string }): Promise<ChangePriceResult> {
  const { orgId, kind, effectiveFrom } = input;

  await lockOrganization(transaction, orgId);
  const delegate = delegateOf(transaction, kind);

  const base = await delegate.findFirst({ where: { orgId, id: input.rowId } });
  if (!base) return { status: "not-found" } as const;
  if (base.retiredAt) return { status: "retired" } as const;

  const rows = (await delegate.findMany({ where: { orgId, key: base.key }, orderBy: { effectiveFrom: "asc" } })).map(toPlainRow);
  const sameStart = rows.find((row) => row.effectiveFrom === effectiveFrom);
  if (sameStart) return { status: "same-start", rowId: String(sameStart.id) } as const;

  const inForce = rows.find((row) => String(row.effectiveFrom) <= effectiveFrom && (row.effectiveTo === null || effectiveFrom < String(row.effectiveTo)));
  const next = rows.find((row) => String(row.effectiveFrom) > effectiveFrom);
  const endOfNewRow = inForce ? inForce.effectiveTo : (next?.effectiveFrom ?? null);

  if (inForce) await delegate.updateMany({ where: { orgId, id: inForce.id }, data: { effectiveTo: isoToDate(effectiveFrom) } });

  const created = toPlainRow(
    await delegate.create({
      data: {
        ...toColumns(input.values),
        orgId,
        key: base.key,
        effectiveFrom: isoToDate(effectiveFrom),
        effectiveTo: endOfNewRow === null ? null : isoToDate(String(endOfNewRow)),
      },
    }),
  );

  const fieldNames = FIELD_SPECS[kind].map((field) => field.name);
  await recordCatalogChange(transaction, {
    orgId,
    actorId: input.actorId,
    action: `${kind}.price_changed`,
    kind,
    targetId: String(created.id),
    details: {
      key: String(base.key),
      effectiveFrom,
      closedRowId: inForce ? String(inForce.id) : null,
      before: inForce ? pickFields(inForce, fieldNames) : null,
      after: pickFields(created, fieldNames),
    },
  });

  return { status: "changed", id: String(created.id) } as const;
}
