import "server-only";

import type { AnyEntryValues, EntryKind } from "@/lib/catalog/entry-schemas";

export { deriveKey } from "@/lib/catalog/entry-key";
import type { Prisma } from "@/lib/generated/prisma/client";

import type { Database } from "../db";

/**
 * Shared plumbing of the catalog and team data functions. Every query built here adds the
 * verified `orgId`, so callers cannot reach another organization's rows by id.
 */

export type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];
export type PlainRow = Record<string, string | number | boolean | null>;

/** The subset of a Prisma model delegate these functions use; all five models share it. */
interface EntryDelegate {
  findFirst(args: { where: Record<string, unknown> }): Promise<Record<string, unknown> | null>;
  findMany(args: { where: Record<string, unknown>; orderBy?: unknown }): Promise<Record<string, unknown>[]>;
  create(args: { data: Record<string, unknown> }): Promise<Record<string, unknown>>;
  updateMany(args: { where: Record<string, unknown>; data: Record<string, unknown> }): Promise<{ count: number }>;
  deleteMany(args: { where: Record<string, unknown> }): Promise<{ count: number }>;
}

const MODEL_NAMES: Record<EntryKind, string> = {
  apiModel: "apiModelPrice",
  seatPlan: "seatPlan",
  gpuPrice: "gpuPrice",
  profile: "selfHostedProfile",
  team: "team",
};

/** The audit `targetType` of each kind. */
export const TARGET_TYPES: Record<EntryKind, string> = {
  apiModel: "apiModelPrice",
  seatPlan: "seatPlan",
  gpuPrice: "gpuPrice",
  profile: "selfHostedProfile",
  team: "team",
};

export function delegateOf(client: Transaction | Database, kind: EntryKind): EntryDelegate {
  // The five delegates have different generated types but the same call shapes used here.
  return (client as unknown as Record<string, EntryDelegate>)[MODEL_NAMES[kind]];
}

/** Columns of type `@db.Date`, shown and audited as `YYYY-MM-DD`. */
const DATE_COLUMNS = new Set(["effectiveFrom", "effectiveTo", "checkedAt"]);

/** Converts a database row to plain JSON values: Decimal to number, dates to ISO strings. */
export function toPlainRow(row: Record<string, unknown>): PlainRow {
  const plain: PlainRow = {};
  for (const [name, value] of Object.entries(row)) {
    if (value instanceof Date) plain[name] = DATE_COLUMNS.has(name) ? value.toISOString().slice(0, 10) : value.toISOString();
    else if (value !== null && typeof value === "object" && "toNumber" in value) plain[name] = (value as { toNumber(): number }).toNumber();
    else plain[name] = value as string | number | boolean | null;
  }

  return plain;
}

export const isoToDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Converts validated form values to column values (ISO dates to Date). */
export function toColumns(values: AnyEntryValues): Record<string, unknown> {
  const columns: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    columns[name] = DATE_COLUMNS.has(name) && typeof value === "string" ? isoToDate(value) : value;
  }

  return columns;
}

/** The identity of an entry across its dated rows: `key` for catalog rows, the id for a team. */
export const entryIdentity = (kind: EntryKind, row: Record<string, unknown>): string => String(kind === "team" ? row.id : row.key);

export const entryWhere = (kind: EntryKind, orgId: string, identity: string) =>
  kind === "team" ? { orgId, id: identity } : { orgId, key: identity };

/** Takes the organization's row lock, so catalog changes of one organization apply one at a time. */
export async function lockOrganization(transaction: Transaction, orgId: string): Promise<void> {
  await transaction.$queryRaw`SELECT id FROM "Organization" WHERE id = ${orgId} FOR UPDATE`;
}

/**
 * Writes the audit event of a catalog or team change and bumps the organization's
 * `catalogVersion`, inside the caller's transaction.
 */
export async function recordCatalogChange(
  transaction: Transaction,
  change: { orgId: string; actorId: string | null; action: string; kind: EntryKind; targetId: string; details: Prisma.InputJsonValue },
): Promise<void> {
  await transaction.organization.update({ where: { id: change.orgId }, data: { catalogVersion: { increment: 1 } } });
  await transaction.auditEvent.create({
    data: {
      orgId: change.orgId,
      actorId: change.actorId,
      action: change.action,
      targetType: TARGET_TYPES[change.kind],
      targetId: change.targetId,
      details: change.details,
    },
  });
}

/** Keeps only the fields a person edits, so audit details show values and not bookkeeping columns. */
export function pickFields(row: PlainRow, names: readonly string[]): PlainRow {
  return Object.fromEntries(names.filter((name) => name in row).map((name) => [name, row[name]]));
}

/** Returns the fields that differ between two versions of a row, as `{ field: { from, to } }`. */
export function diffFields(before: PlainRow, after: PlainRow): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const name of Object.keys(after)) {
    if (before[name] !== after[name]) changes[name] = { from: before[name] ?? null, to: after[name] ?? null };
  }

  return changes;
}

/** The field that names an entry, where a duplicate is reported. */
export const NAMING_FIELD: Record<EntryKind, string> = {
  apiModel: "model",
  seatPlan: "name",
  gpuPrice: "gpuModel",
  profile: "name",
  team: "name",
};
