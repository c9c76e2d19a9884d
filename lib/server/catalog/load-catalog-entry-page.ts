import "server-only";

import { notFound } from "next/navigation";
import { cache } from "react";

import { isDatedKind, kindFromSegment } from "@/lib/catalog/entry-schemas";

import { getOrgAccessOrThrow } from "../access";
import { getDatabase } from "../db";
import type { Permission } from "../permissions";

import { getCatalogEntry } from "./get-catalog-entry";

/**
 * The access check and lookup of a catalog entry's pages, shared by each page and its metadata.
 * `page` is the sub-path after the entry ("" for the entry itself, "edit", "change"). A missing
 * entry, an unknown kind, a foreign organization and a role without `permission` all respond with 404.
 * `datedOnly` limits the page to effective-dated kinds (prices, not self-hosted profiles).
 */
export const loadCatalogEntryPage = cache(
  async (orgSlug: string, segment: string, rowId: string, page: string, permission?: Permission, datedOnly = false) => {
    const returnPath = `/o/${orgSlug}/catalog/${segment}/${rowId}${page ? `/${page}` : ""}`;
    const access = await getOrgAccessOrThrow(orgSlug, returnPath, permission);
    const kind = kindFromSegment(segment);
    if (!kind || (datedOnly && !isDatedKind(kind))) notFound();

    const entry = await getCatalogEntry(await getDatabase(), access.org.id, kind, rowId);
    if (!entry) notFound();

    return { access, kind, entry };
  },
);
