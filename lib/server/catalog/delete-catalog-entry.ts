import "server-only";

import { FIELD_SPECS, type EntryKind } from "@/lib/catalog/entry-schemas";

import type { Database } from "../db";
import { delegateOf, entryIdentity, entryWhere, lockOrganization, pickFields, recordCatalogChange, toPlainRow } from "./entry-store";
import { findEntryUsage, type EntryUsage } from "./find-entry-usage";

export type DeleteEntryResult = { status: "deleted"; rowCount: number } | { status: "not-found" } | { status: "in-use"; usage: EntryUsage[] };

/**
 * Deletes an entry with all its dated rows, only when no scenario revision refers to it; an
 * entry in use can only be retired. The audit event keeps the deleted rows' values.
 */
export async function deleteCatalogEntry(
  database: Database,
  input: { orgId: string; actorId: string | null; kind: EntryKind; rowId: string },
): Promise<DeleteEntryResult> {
  const { orgId, kind } = input;

  return database.$transaction(async (transaction) => {
    await lockOrganization(transaction, orgId);
    const delegate = delegateOf(transaction, kind);

    const row = await delegate.findFirst({ where: { orgId, id: input.rowId } });
    if (!row) return { status: "not-found" } as const;

    const identity = entryIdentity(kind, row);
    const usage = await findEntryUsage(transaction, orgId, kind, identity);
    if (usage.length > 0) return { status: "in-use", usage } as const;

    const where = entryWhere(kind, orgId, identity);
    const rows = (await delegate.findMany({ where })).map(toPlainRow);
    await delegate.deleteMany({ where });

    const fieldNames = [...FIELD_SPECS[kind].map((field) => field.name), "effectiveFrom", "effectiveTo"];
    await recordCatalogChange(transaction, {
      orgId,
      actorId: input.actorId,
      action: `${kind}.deleted`,
      kind,
      targetId: input.rowId,
      details: { key: identity, before: rows.map((deleted) => pickFields(deleted, fieldNames)), after: null },
    });

    return { status: "deleted", rowCount: rows.length } as const;
  });
}
