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

/** Compares the organization's catalog with the shipped one, entry by entry. */
export async function compareCatalogWithShipped(database: Database, orgId: string, today: string): Promise<ShippedComparison[]> {
  return compareWithShipped(shipped, await loadCatalogSnapshot(database, orgId), today);
}

export type TakeShippedResult = { status: "taken"; action: "added" | "corrected" | "changed" } | { status: "not-found" | "retired" | "same" };

/**
 * Takes over one shipped entry: adds it when the organization lacks it, otherwise writes the
 * shipped values from the shipped effective date on (a correction when a row starts on that
 * date, a new dated row otherwise). Profiles are corrected in place.
 */
export async function takeShippedUpdate(
  database: Database,
  input: { orgId: string; actorId: string; kind: ShippedKind; key: string; today: string },
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
    if (comparison.status === "missing") {
      const result = await createCatalogEntryInTransaction(transaction, { ...common, key: input.key, effectiveFrom });
      if (result.status !== "created") throw new Error(`Taking shipped entry ${input.key} failed: ${result.status}`);
      await markVerified(transaction, result.id);

      return { status: "taken", action: "added" } as const;
    }

    const rows = (await delegateOf(transaction, kind).findMany({ where: { orgId: input.orgId, key: input.key } })).map(toPlainRow);
    const sameStart = isDatedKind(kind) ? rows.find((row) => row.effectiveFrom === effectiveFrom) : rows[0];
    if (sameStart || !isDatedKind(kind)) {
      const result = await correctCatalogRowInTransaction(transaction, { ...common, rowId: String((sameStart ?? rows[0]).id) });
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
