import "server-only";

import { compareWithShipped, type ShippedCatalog, type ShippedComparison, type ShippedKind } from "@/lib/catalog/compare-shipped";
import { isDatedKind } from "@/lib/catalog/entry-schemas";

import type { Database } from "../db";
import { defaultCatalog } from "../seed/default-catalog";
import { changeCatalogPriceInTransaction } from "./change-catalog-price";
import { correctCatalogRowInTransaction } from "./correct-catalog-row";
import { createCatalogEntryInTransaction } from "./create-catalog-entry";
import { delegateOf, lockOrganization, toPlainRow, type Transaction } from "./entry-store";
import { loadCatalogSnapshot } from "./load-catalog";

const shipped = defaultCatalog as unknown as ShippedCatalog;

const SHIPPED_LISTS: Record<ShippedKind, keyof ShippedCatalog> = {
  apiModel: "apiModels",
  seatPlan: "seatPlans",
  gpuPrice: "gpuPrices",
  profile: "selfHostedProfiles",
};

function shippedVerified(kind: ShippedKind, key: string): boolean {
  const row = shipped[SHIPPED_LISTS[kind]].find((candidate) => candidate.key === key);

  return row?.verified !== false;
}

/** A comparison with the version of the organization's entry it was made against. */
export type VersionedShippedComparison = ShippedComparison & {
  /** Latest `updatedAt` (ISO) of the organization's rows of this entry, or null when it has none. Any edit of the entry moves it. */
  entryUpdatedAt: string | null;
};

function latestUpdatedAt(rows: readonly { updatedAt: Date }[]): string | null {
  const latest = Math.max(...rows.map((row) => row.updatedAt.getTime()));

  return rows.length === 0 ? null : new Date(latest).toISOString();
}

async function loadEntryUpdatedAt(client: Database | Transaction, orgId: string, kind: ShippedKind, key: string): Promise<string | null> {
  const rows = await delegateOf(client, kind).findMany({ where: { orgId, key } });

  return latestUpdatedAt(rows as { updatedAt: Date }[]);
}

/** Compares the organization's catalog with the shipped one, entry by entry. */
export async function compareCatalogWithShipped(database: Database, orgId: string, today: string): Promise<VersionedShippedComparison[]> {
  const comparisons = compareWithShipped(shipped, await loadCatalogSnapshot(database, orgId), today);
  const stamps = new Map<string, { updatedAt: Date }[]>();
  for (const kind of Object.keys(SHIPPED_LISTS) as ShippedKind[]) {
    for (const row of await delegateOf(database, kind).findMany({ where: { orgId } })) {
      const id = `${kind}:${String(row.key)}`;
      stamps.set(id, [...(stamps.get(id) ?? []), row as { updatedAt: Date }]);
    }
  }

  return comparisons.map((comparison) => ({ ...comparison, entryUpdatedAt: latestUpdatedAt(stamps.get(`${comparison.kind}:${comparison.key}`) ?? []) }));
}

export type TakeShippedResult = { status: "taken"; action: "added" | "corrected" | "changed" } | { status: "not-found" | "retired" | "same" | "conflict" };

/**
 * Takes over one shipped entry: adds it when the organization lacks it, otherwise writes the
 * shipped values from the shipped effective date on (a correction when a row starts on that
 * date, a new dated row otherwise). Profiles are corrected in place. Writes nothing and returns
 * "conflict" when the entry changed after `expectedUpdatedAt`, the version the person compared.
 */
export async function takeShippedUpdate(
  database: Database,
  input: { orgId: string; actorId: string; kind: ShippedKind; key: string; today: string; expectedUpdatedAt: string | null },
): Promise<TakeShippedResult> {
  const comparison = (await compareCatalogWithShipped(database, input.orgId, input.today)).find(
    (candidate) => candidate.kind === input.kind && candidate.key === input.key,
  );
  if (!comparison) return { status: "not-found" };
  if (comparison.status === "retired" || comparison.status === "same") return { status: comparison.status };

  const { kind, values, effectiveFrom } = comparison;
  const common = { orgId: input.orgId, actorId: input.actorId, kind, values };
  // The shipped file marks prices read from secondary sources as unverified; the copy keeps that mark.
  const verified = shippedVerified(kind, input.key);
  const markVerified = async (transaction: Transaction, rowId: string) => {
    if (isDatedKind(kind)) await delegateOf(transaction, kind).updateMany({ where: { orgId: input.orgId, id: rowId }, data: { verified } });
  };

  return database.$transaction(async (transaction) => {
    await lockOrganization(transaction, input.orgId);
    // Under the lock, so no edit can land between this check and the writes below.
    if ((await loadEntryUpdatedAt(transaction, input.orgId, kind, input.key)) !== input.expectedUpdatedAt) return { status: "conflict" } as const;

    if (comparison.status === "missing") {
      const result = await createCatalogEntryInTransaction(transaction, { ...common, key: input.key, effectiveFrom });
      if (result.status !== "created") throw new Error(`Taking shipped entry ${input.key} failed: ${result.status}`);
      await markVerified(transaction, result.id);

      return { status: "taken", action: "added" } as const;
    }

    const rows = (await delegateOf(transaction, kind).findMany({ where: { orgId: input.orgId, key: input.key } })).map(toPlainRow);
    const sameStart = isDatedKind(kind) ? rows.find((row) => row.effectiveFrom === effectiveFrom) : rows[0];
    if (sameStart || !isDatedKind(kind)) {
      const target = sameStart ?? rows[0];
      const result = await correctCatalogRowInTransaction(transaction, { ...common, rowId: String(target.id), expectedUpdatedAt: String(target.updatedAt) });
      if (result.status !== "corrected") throw new Error(`Taking shipped entry ${input.key} failed: ${result.status}`);
      await markVerified(transaction, result.id);

      return { status: "taken", action: "corrected" } as const;
    }

    const result = await changeCatalogPriceInTransaction(transaction, { ...common, kind, rowId: String(rows[0].id), effectiveFrom: effectiveFrom! });
    if (result.status !== "changed") throw new Error(`Taking shipped entry ${input.key} failed: ${result.status}`);
    await markVerified(transaction, result.id);

    return { status: "taken", action: "changed" } as const;
  });
}
