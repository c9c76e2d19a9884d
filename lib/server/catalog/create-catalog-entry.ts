import "server-only";

import { FIELD_SPECS, isDatedKind, type AnyEntryValues, type EntryKind } from "@/lib/catalog/entry-schemas";

import type { Database } from "../db";
import { deriveKey, delegateOf, isoToDate, lockOrganization, NAMING_FIELD, pickFields, recordCatalogChange, toColumns, toPlainRow, type Transaction } from "./entry-store";

export type CreateEntryResult = { status: "created"; id: string; key: string } | { status: "duplicate"; field: string };

/**
 * Adds a catalog entry (its first dated row when the kind is dated) or a team, bumps the
 * organization's catalog version and writes the audit event, all in one transaction. A
 * second entry with the same derived key, or a second team of the same name, is a duplicate.
 */
export async function createCatalogEntry(
  database: Database,
  input: { orgId: string; actorId: string | null; kind: EntryKind; values: AnyEntryValues; effectiveFrom: string | null },
): Promise<CreateEntryResult> {
  return database.$transaction((transaction) => createCatalogEntryInTransaction(transaction, input));
}

/** Does the work of createCatalogEntry inside the caller's transaction, so an import can apply many rows atomically. */
/** `key` overrides the key derived from the naming fields, e.g. to copy a shipped entry under its own key. */
export async function createCatalogEntryInTransaction(
  transaction: Transaction,
  input: { orgId: string; actorId: string | null; kind: EntryKind; values: AnyEntryValues; effectiveFrom: string | null; key?: string },
): Promise<CreateEntryResult> {
  const { orgId, kind } = input;

  await lockOrganization(transaction, orgId);
  const delegate = delegateOf(transaction, kind);

  const identityWhere = kind === "team" ? { orgId, name: input.values.name } : { orgId, key: input.key ?? deriveKey(kind, input.values) };
  if (await delegate.findFirst({ where: identityWhere })) return { status: "duplicate", field: NAMING_FIELD[kind] } as const;

  const data: Record<string, unknown> = { ...toColumns(input.values), orgId };
  if (kind !== "team") data.key = identityWhere.key;
  if (isDatedKind(kind)) {
    if (!input.effectiveFrom) throw new Error("A dated catalog entry needs its effective date.");
    data.effectiveFrom = isoToDate(input.effectiveFrom);
  }

  const created = toPlainRow(await delegate.create({ data }));
  await recordCatalogChange(transaction, {
    orgId,
    actorId: input.actorId,
    action: `${kind}.created`,
    kind,
    targetId: String(created.id),
    details: {
      key: created.key ?? null,
      effectiveFrom: created.effectiveFrom ?? null,
      before: null,
      after: pickFields(created, FIELD_SPECS[kind].map((field) => field.name)),
    },
  });

  return { status: "created", id: String(created.id), key: String(created.key ?? created.id) } as const;
}
