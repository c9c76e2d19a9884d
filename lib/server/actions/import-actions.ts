"use server";

import { randomUUID } from "node:crypto";

import { redirect } from "next/navigation";

import { type ImportIssue, type ImportSkip } from "@/lib/catalog/import/parse-price-import";
import type { PlannedImportRow } from "@/lib/catalog/import/plan-price-import";
import { checkImportBytes } from "@/lib/catalog/import/size-limit";

import { findOrgAccess, getCurrentUser, type OrgAccess } from "../access";
import { applyPriceImport, previewPriceImport, type ImportFormat } from "../catalog/apply-price-import";
import { getDatabase } from "../db";
import { logger } from "../logger";

export interface ImportState {
  format: ImportFormat;
  /** The uploaded text, sent back with the confirmation so that nothing is stored before it. */
  text?: string;
  fileName?: string;
  planned?: PlannedImportRow[];
  errors?: ImportIssue[];
  skipped?: ImportSkip[];
  /** The catalog version the preview was planned against, sent back with the confirmation. */
  catalogVersion?: number;
  formError?: string;
  /** A problem with the chosen file itself, shown on the file field. */
  fileError?: string;
}

const CATALOG_CHANGED = "The catalog changed since your preview (another person edited it). Review the preview again.";

const today = () => new Date().toISOString().slice(0, 10);

async function authorizeEditor(unverifiedOrgSlug: string): Promise<OrgAccess | string> {
  const user = await getCurrentUser();
  if (!user) return "Your session has ended. Sign in again.";

  const access = await findOrgAccess(user, unverifiedOrgSlug);
  if (!access) return "This organization was not found.";
  if (!access.can("catalog:edit")) return "Your role can read this catalog but not change it. Ask an owner for the editor role.";

  return access;
}

const readFormat = (formData: FormData): ImportFormat => (formData.get("format") === "litellm" ? "litellm" : "csv");

/** Parses an uploaded price file and returns the preview of what it would add, update and skip. */
export async function previewImportAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  const format = readFormat(formData);
  const access = await authorizeEditor(String(formData.get("orgSlug") ?? ""));
  if (typeof access === "string") return { format, formError: access };

  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { format, formError: "Choose a file to import." };
  const sizeError = checkImportBytes(file.size);
  if (sizeError) return { format, fileError: sizeError };

  const text = await file.text();
  const preview = await previewPriceImport(await getDatabase(), { orgId: access.org.id, format, text, today: today() });

  return {
    format,
    text,
    fileName: file.name,
    planned: preview.planned,
    errors: preview.parsed.errors,
    skipped: preview.parsed.skipped,
    catalogVersion: preview.catalogVersion,
  };
}

/** Applies a previewed file after the person confirmed it. */
export async function applyImportAction(previous: ImportState, formData: FormData): Promise<ImportState> {
  const format = readFormat(formData);
  const access = await authorizeEditor(String(formData.get("orgSlug") ?? ""));
  if (typeof access === "string") return { ...previous, formError: access };

  const text = String(formData.get("text") ?? "");
  const fileName = String(formData.get("fileName") ?? "");
  const expectedCatalogVersion = Number.parseInt(String(formData.get("catalogVersion") ?? ""), 10);
  if (!Number.isSafeInteger(expectedCatalogVersion)) return { ...previous, formError: "The form is incomplete. Upload the file again to preview it." };

  const requestId = randomUUID();
  const context = { requestId, userId: access.user.id, orgId: access.org.id, format };
  let summary: string;
  try {
    const database = await getDatabase();
    const result = await applyPriceImport(database, { orgId: access.org.id, actorId: access.user.id, format, text, today: today(), expectedCatalogVersion });
    if (result.status === "conflict") {
      logger.info({ ...context, expectedCatalogVersion }, "price import rejected: the catalog changed since the preview");
      // The uploaded text is kept and planned again, so the person reviews the new plan without uploading again.
      const preview = await previewPriceImport(database, { orgId: access.org.id, format, text, today: today() });

      return {
        format,
        text,
        fileName,
        planned: preview.planned,
        errors: preview.parsed.errors,
        skipped: preview.parsed.skipped,
        catalogVersion: preview.catalogVersion,
        formError: CATALOG_CHANGED,
      };
    }
    if (result.status === "invalid") {
      return { format, text, errors: result.preview.parsed.errors, skipped: result.preview.parsed.skipped, planned: [], formError: "The file has invalid rows; nothing was imported." };
    }
    summary = `${result.added}-${result.updated}`;
    logger.info({ ...context, added: result.added, updated: result.updated }, "price file imported");
  } catch (error) {
    logger.error({ ...context, err: error }, "importing a price file failed");

    return { ...previous, formError: `The import failed and nothing was written. Try again; reference ${requestId}.` };
  }

  redirect(`/o/${access.org.slug}/catalog?imported=${summary}`);
}
