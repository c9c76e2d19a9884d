import "server-only";

import type { EntryKind } from "@/lib/catalog/entry-schemas";

import type { Database } from "../db";
import { delegateOf, entryIdentity, entryWhere, lockOrganization, recordCatalogChange } from "./entry-store";
import { findEntryUsage } from "./find-entry-usage";

export type RetireResult = { status: "done"; usedBy: string[] } | { status: "not-found" };

/**
 * Retires (or restores) a whole entry: every dated row of its key, or one profile or team.
 * Scenarios that refer to a retired entry report it as a problem instead of pricing it at 0.
 */
export async function setEntryRetired(
  database: Database,
  input: { orgId: string; actorId: string | null; kind: EntryKind; rowId: string; retired: boolean },
): Promise<RetireResult> {
  const { orgId, kind } = input;

  return database.$transaction(async (transaction) => {
    await lockOrganization(transaction, orgId);
    const delegate = delegateOf(transaction, kind);

    const row = await delegate.findFirst({ where: { orgId, id: input.rowId } });
    if (!row) return { status: "not-found" } as const;

    const identity = entryIdentity(kind, row);
    const usage = await findEntryUsage(transaction, orgId, kind, identity);
    await delegate.updateMany({ where: entryWhere(kind, orgId, identity), data: { retiredAt: input.retired ? new Date() : null } });

    const usedBy = usage.map((scenario) => scenario.scenarioName);
    await recordCatalogChange(transaction, {
      orgId,
      actorId: input.actorId,
      action: `${kind}.${input.retired ? "retired" : "restored"}`,
      kind,
      targetId: input.rowId,
      details: { key: identity, before: { retired: row.retiredAt !== null }, after: { retired: input.retired }, usedBy },
    });

    return { status: "done", usedBy } as const;
  });
}
