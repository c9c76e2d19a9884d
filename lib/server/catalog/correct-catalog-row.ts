import "server-only";

import { FIELD_SPECS, type AnyEntryValues, type EntryKind } from "@/lib/catalog/entry-schemas";

import type { Database } from "../db";
import { delegateOf, diffFields, lockOrganization, NAMING_FIELD, pickFields, recordCatalogChange, toColumns, toPlainRow, type Transaction } from "./entry-store";

export type CorrectRowResult = { status: "corrected"; id: string } | { status: "not-found" } | { status: "duplicate"; field: string } | { status: "conflict" };

export interface CorrectRowInput {
  orgId: string;
  actorId: string | null;
  kind: EntryKind;
  rowId: string;
  values: AnyEntryValues;
  /** The row's `updatedAt` (ISO) when the person saw it; a row changed since is not overwritten. */
  expectedUpdatedAt: string;
}

/**
 * Edits one row in place, for a typo or a team's new numbers: its dates stay, the audit event
 * keeps the old and the new values. Reports recompute from the corrected row.
 */
export async function correctCatalogRow(database: Database, input: CorrectRowInput): Promise<CorrectRowResult> {
  return database.$transaction((transaction) => correctCatalogRowInTransaction(transaction, input));
}

/** Does the work of correctCatalogRow inside the caller's transaction, so an import can apply many rows atomically. */
export async function correctCatalogRowInTransaction(transaction: Transaction, input: CorrectRowInput): Promise<CorrectRowResult> {
  const { orgId, kind } = input;

  await lockOrganization(transaction, orgId);
  const delegate = delegateOf(transaction, kind);

  const existing = await delegate.findFirst({ where: { orgId, id: input.rowId } });
  if (!existing) return { status: "not-found" } as const;
  // Optimistic concurrency: a form opened on an older version of the row must not overwrite a newer edit.
  if ((existing.updatedAt as Date).toISOString() !== input.expectedUpdatedAt) return { status: "conflict" } as const;

  if (kind === "team" && input.values.name !== existing.name) {
    const clash = await delegate.findFirst({ where: { orgId, name: input.values.name } });
    if (clash) return { status: "duplicate", field: NAMING_FIELD[kind] } as const;
  }

  await delegate.updateMany({ where: { orgId, id: input.rowId }, data: toColumns(input.values) });
  const updated = await delegate.findFirst({ where: { orgId, id: input.rowId } });

  const fieldNames = FIELD_SPECS[kind].map((field) => field.name);
  const before = pickFields(toPlainRow(existing), fieldNames);
  const after = pickFields(toPlainRow(updated!), fieldNames);
  await recordCatalogChange(transaction, {
    orgId,
    actorId: input.actorId,
    action: `${kind}.corrected`,
    kind,
    targetId: input.rowId,
    details: { key: (existing.key as string | undefined) ?? null, before, after, changes: diffFields(before, after) } as never,
  });

  return { status: "corrected", id: input.rowId } as const;
}
