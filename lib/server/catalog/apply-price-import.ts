import "server-only";

import type { ApiModelRow } from "@/lib/scenario/catalog-types";
import { parseLiteLlmJson, parsePriceCsv, type ParsedImport } from "@/lib/catalog/import/parse-price-import";
import { planPriceImport, type PlannedImportRow } from "@/lib/catalog/import/plan-price-import";

import type { Database } from "../db";
import { changeCatalogPriceInTransaction } from "./change-catalog-price";
import { correctCatalogRowInTransaction } from "./correct-catalog-row";
import { createCatalogEntryInTransaction } from "./create-catalog-entry";
import { lockOrganization, toPlainRow, type Transaction } from "./entry-store";

export type ImportFormat = "csv" | "litellm";

export interface ImportPreview {
  parsed: ParsedImport;
  planned: PlannedImportRow[];
  /** The organization's `catalogVersion` the plan was made against; applying requires it unchanged. */
  catalogVersion: number;
}

export function parseImport(format: ImportFormat, text: string, today: string): ParsedImport {
  return format === "csv" ? parsePriceCsv(text, today) : parseLiteLlmJson(text, today);
}

async function loadApiModelRows(client: Database | Transaction, orgId: string): Promise<ApiModelRow[]> {
  const rows = await client.apiModelPrice.findMany({ where: { orgId }, orderBy: [{ key: "asc" }, { effectiveFrom: "asc" }] });

  return rows.map((row) => toPlainRow(row) as unknown as ApiModelRow);
}

async function readCatalogVersion(client: Database | Transaction, orgId: string): Promise<number> {
  const organization = await client.organization.findUniqueOrThrow({ where: { id: orgId }, select: { catalogVersion: true } });

  return organization.catalogVersion;
}

/** Parses a price file and plans it against the organization's catalog, writing nothing. */
export async function previewPriceImport(database: Database, input: { orgId: string; format: ImportFormat; text: string; today: string }): Promise<ImportPreview> {
  // Read before the rows: an edit in between then makes the apply step reject this preview, never accept a stale one.
  const catalogVersion = await readCatalogVersion(database, input.orgId);
  const parsed = parseImport(input.format, input.text, input.today);
  const planned = parsed.errors.length > 0 ? [] : planPriceImport(parsed, await loadApiModelRows(database, input.orgId));

  return { parsed, planned, catalogVersion };
}

export type ApplyImportResult =
  | { status: "applied"; added: number; updated: number }
  | { status: "invalid"; preview: ImportPreview }
  /** The catalog changed after the preview; nothing was written. */
  | { status: "conflict" };

/**
 * Applies a confirmed price file in one transaction, and only when the catalog is still at
 * `expectedCatalogVersion`, the version its preview was planned against. Nothing is written
 * when any row is invalid or the catalog changed. Each added or updated row writes its own
 * audit event.
 */
export async function applyPriceImport(
  database: Database,
  input: { orgId: string; actorId: string; format: ImportFormat; text: string; today: string; expectedCatalogVersion: number },
): Promise<ApplyImportResult> {
  const parsed = parseImport(input.format, input.text, input.today);
  if (parsed.errors.length > 0) return { status: "invalid", preview: { parsed, planned: [], catalogVersion: input.expectedCatalogVersion } };

  return database.$transaction(
    async (transaction) => {
      await lockOrganization(transaction, input.orgId);
      if ((await readCatalogVersion(transaction, input.orgId)) !== input.expectedCatalogVersion) return { status: "conflict" } as const;

      // With the version unchanged, this plan equals the one the person confirmed.
      const rows = await loadApiModelRows(transaction, input.orgId);
      const updatedAtOf = new Map(rows.map((row) => [row.id, String((row as unknown as { updatedAt: string }).updatedAt)]));
      const planned = planPriceImport(parsed, rows);
      const common = { orgId: input.orgId, actorId: input.actorId, kind: "apiModel" as const, values: {} };
      // A file may list several dated prices of a model that is new to the catalog.
      const createdRowIds = new Map<string, string>();
      let added = 0;
      let updated = 0;

      for (const row of planned) {
        const values = row.values;
        const createdRowId = createdRowIds.get(row.key);
        if (row.mode === "create" && createdRowId) {
          const result = await changeCatalogPriceInTransaction(transaction, { ...common, values, rowId: createdRowId, effectiveFrom: row.effectiveFrom });
          if (result.status !== "changed") throw new Error(`Import line ${row.line}: ${result.status}`);
          updated++;
        } else if (row.mode === "create") {
          const result = await createCatalogEntryInTransaction(transaction, { ...common, values, effectiveFrom: row.effectiveFrom });
          if (result.status !== "created") throw new Error(`Import line ${row.line}: ${result.status}`);
          createdRowIds.set(row.key, result.id);
          added++;
        } else if (row.mode === "correct") {
          const result = await correctCatalogRowInTransaction(transaction, { ...common, values, rowId: row.targetRowId!, expectedUpdatedAt: updatedAtOf.get(row.targetRowId!) ?? "" });
          if (result.status !== "corrected") throw new Error(`Import line ${row.line}: ${result.status}`);
          updated++;
        } else if (row.mode === "change") {
          const result = await changeCatalogPriceInTransaction(transaction, { ...common, values, rowId: row.targetRowId!, effectiveFrom: row.effectiveFrom });
          if (result.status !== "changed") throw new Error(`Import line ${row.line}: ${result.status}`);
          updated++;
        }
      }

      return { status: "applied", added, updated } as const;
    },
    // A large file runs hundreds of statements; the default interactive transaction timeout is 5 s.
    { timeout: 60_000 },
  );
}
