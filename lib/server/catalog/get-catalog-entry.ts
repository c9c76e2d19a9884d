import "server-only";

import { isDatedKind, type EntryKind } from "@/lib/catalog/entry-schemas";

import type { Database } from "../db";
import { delegateOf, entryIdentity, entryWhere, toPlainRow, type PlainRow } from "./entry-store";
import { findEntryUsage, type EntryUsage } from "./find-entry-usage";

export interface CatalogEntryDetail {
  kind: EntryKind;
  identity: string;
  /** The row named in the URL. */
  row: PlainRow;
  /** Every row of the entry, oldest first (one row for profiles and teams). */
  history: PlainRow[];
  retired: boolean;
  usage: EntryUsage[];
}

/**
 * Loads the entry that a row belongs to, with its price history and the scenarios using it.
 * Returns null for a missing row and for another organization's row alike.
 */
export async function getCatalogEntry(database: Database, orgId: string, kind: EntryKind, rowId: string): Promise<CatalogEntryDetail | null> {
  const delegate = delegateOf(database, kind);
  const found = await delegate.findFirst({ where: { orgId, id: rowId } });
  if (!found) return null;

  const identity = entryIdentity(kind, found);
  const orderBy = isDatedKind(kind) ? { effectiveFrom: "asc" } : { createdAt: "asc" };
  const history = (await delegate.findMany({ where: entryWhere(kind, orgId, identity), orderBy })).map(toPlainRow);
  const usage = await findEntryUsage(database, orgId, kind, identity);

  return { kind, identity, row: toPlainRow(found), history, retired: history.every((row) => row.retiredAt !== null), usage };
}
