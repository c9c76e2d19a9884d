"use server";

import { randomUUID } from "node:crypto";

import { redirect } from "next/navigation";
import { z } from "zod";

import {
  ENTRY_KINDS,
  isDatedKind,
  KIND_SEGMENTS,
  parseEntryForm,
  readEntryForm,
  type EntryKind,
  type FormMode,
} from "@/lib/catalog/entry-schemas";

import { assertCan, findOrgAccess, ForbiddenError, getCurrentUser, type OrgAccess } from "../access";
import { changeCatalogPrice } from "../catalog/change-catalog-price";
import { correctCatalogRow } from "../catalog/correct-catalog-row";
import { createCatalogEntry } from "../catalog/create-catalog-entry";
import { deleteCatalogEntry } from "../catalog/delete-catalog-entry";
import { setEntryRetired } from "../catalog/set-entry-retired";
import { getDatabase } from "../db";
import { logger } from "../logger";

export interface EntryFormState {
  values: Record<string, string>;
  fieldErrors?: Record<string, string>;
  formError?: string;
}

export interface EntryLifecycleState {
  error?: string;
}

const MODES: readonly FormMode[] = ["create", "change", "correct"];

const permissionFor = (kind: EntryKind) => (kind === "team" ? "teams:edit" : "catalog:edit");

/** Returns the page to show after a change: the team list, or the catalog entry's history. */
function entryPath(orgSlug: string, kind: EntryKind, rowId: string | null): string {
  if (kind === "team") return `/o/${orgSlug}/teams`;

  return rowId ? `/o/${orgSlug}/catalog/${KIND_SEGMENTS[kind]}/${rowId}` : `/o/${orgSlug}/catalog`;
}

/**
 * Signs the request in and checks the member's role against the kind's permission. Returns
 * the verified access or the message to show; a foreign or missing organization reads as missing.
 */
async function authorize(unverifiedOrgSlug: string, kind: EntryKind): Promise<OrgAccess | string> {
  const user = await getCurrentUser();
  if (!user) return "Your session has ended. Sign in again; what you typed is kept here.";

  const access = await findOrgAccess(user, unverifiedOrgSlug);
  if (!access) return "This organization was not found.";

  try {
    assertCan(access, permissionFor(kind));
  } catch (error) {
    if (error instanceof ForbiddenError) return "Your role can read this catalog but not change it. Ask an owner for the editor role.";
    throw error;
  }

  return access;
}

function readKind(formData: FormData): EntryKind | null {
  const kind = String(formData.get("kind") ?? "");

  return (ENTRY_KINDS as readonly string[]).includes(kind) ? (kind as EntryKind) : null;
}

/** Creates an entry, changes its price from a date on, or corrects one row in place. */
export async function saveEntryAction(_previous: EntryFormState, formData: FormData): Promise<EntryFormState> {
  const kind = readKind(formData);
  const mode = String(formData.get("mode") ?? "") as FormMode;
  if (!kind || !MODES.includes(mode)) return { values: {}, formError: "The form is incomplete. Reload the page and try again." };

  const values = readEntryForm(kind, mode, formData);
  const orgSlug = String(formData.get("orgSlug") ?? "");
  const rowId = String(formData.get("rowId") ?? "");
  const access = await authorize(orgSlug, kind);
  if (typeof access === "string") return { values, formError: access };

  const parsed = parseEntryForm(kind, mode, values);
  if (!parsed.ok) return { values, fieldErrors: parsed.fieldErrors, formError: "Some values need fixing; see the messages next to the fields." };

  const requestId = randomUUID();
  const context = { requestId, userId: access.user.id, orgId: access.org.id, kind, mode };
  const common = { orgId: access.org.id, actorId: access.user.id, kind };
  let targetRowId: string;
  try {
    const database = await getDatabase();
    if (mode === "create") {
      const result = await createCatalogEntry(database, { ...common, values: parsed.values, effectiveFrom: parsed.effectiveFrom });
      if (result.status === "duplicate") {
        return { values, fieldErrors: { [result.field]: "An entry with this name exists already. Open it and change its price, or pick another name." } };
      }
      targetRowId = result.id;
    } else if (mode === "change") {
      if (!isDatedKind(kind)) return { values, formError: "Only prices are effective-dated; edit this entry instead." };
      const result = await changeCatalogPrice(database, { ...common, kind, rowId, values: parsed.values, effectiveFrom: parsed.effectiveFrom! });
      if (result.status === "not-found") return { values, formError: "This entry was not found. It may have been deleted." };
      if (result.status === "retired") return { values, formError: "This entry is retired. Restore it before changing its price." };
      if (result.status === "same-start") {
        return { values, fieldErrors: { effectiveFrom: "A price of this entry already starts on this date. Pick another date, or correct that row instead." } };
      }
      targetRowId = result.id;
    } else {
      // Without the version the form was opened on, a correction could overwrite a newer edit unseen.
      const expectedUpdatedAt = z.iso.datetime().safeParse(String(formData.get("expectedUpdatedAt") ?? ""));
      if (!expectedUpdatedAt.success) return { values, formError: "The form does not say which version of this row it was opened on. Reload the page; what you typed is kept here." };
      const result = await correctCatalogRow(database, { ...common, rowId, values: parsed.values, expectedUpdatedAt: expectedUpdatedAt.data });
      if (result.status === "not-found") return { values, formError: "This entry was not found. It may have been deleted." };
      if (result.status === "conflict") {
        return { values, formError: "Someone else changed this row after you opened it, so your correction was not saved. Reload the page to see their values; what you typed is kept here." };
      }
      if (result.status === "duplicate") return { values, fieldErrors: { [result.field]: "Another entry has this name. Pick another name." } };
      targetRowId = result.id;
    }
    logger.info({ ...context, rowId: targetRowId }, "catalog entry saved");
  } catch (error) {
    logger.error({ ...context, err: error }, "saving a catalog entry failed");

    return { values, formError: `The change could not be saved. Try again; reference ${requestId}.` };
  }

  redirect(entryPath(access.org.slug, kind, targetRowId));
}

/** Retires, restores or deletes a whole entry. Deleting is refused while a scenario uses it. */
export async function entryLifecycleAction(_previous: EntryLifecycleState, formData: FormData): Promise<EntryLifecycleState> {
  const kind = readKind(formData);
  const operation = String(formData.get("operation") ?? "");
  if (!kind || !["retire", "restore", "delete"].includes(operation)) return { error: "The form is incomplete. Reload the page and try again." };

  const orgSlug = String(formData.get("orgSlug") ?? "");
  const rowId = String(formData.get("rowId") ?? "");
  const access = await authorize(orgSlug, kind);
  if (typeof access === "string") return { error: access };

  const requestId = randomUUID();
  const context = { requestId, userId: access.user.id, orgId: access.org.id, kind, operation, rowId };
  const common = { orgId: access.org.id, actorId: access.user.id, kind, rowId };
  try {
    const database = await getDatabase();
    if (operation === "delete") {
      const result = await deleteCatalogEntry(database, common);
      if (result.status === "not-found") return { error: "This entry was not found. It may have been deleted already." };
      if (result.status === "in-use") {
        const names = result.usage.map((usage) => usage.scenarioName).join(", ");

        return { error: `This entry cannot be deleted because these scenarios use it: ${names}. Retire it instead.` };
      }
      logger.info(context, "catalog entry deleted");
    } else {
      const result = await setEntryRetired(database, { ...common, retired: operation === "retire" });
      if (result.status === "not-found") return { error: "This entry was not found. It may have been deleted." };
      logger.info(context, `catalog entry ${operation}d`);
    }
  } catch (error) {
    logger.error({ ...context, err: error }, "changing a catalog entry failed");

    return { error: `The change could not be saved. Try again; reference ${requestId}.` };
  }

  redirect(operation === "delete" ? entryPath(access.org.slug, kind, null) : entryPath(access.org.slug, kind, rowId));
}
