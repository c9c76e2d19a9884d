import "server-only";

import { getDatabase } from "../db";
import type { ReportResult } from "../reports/get-report-data";

import { findActiveShareLink, type ActiveShareLink } from "./find-share-link";
import { getSharedReport } from "./get-shared-report";

/**
 * Looks up the link a token opens and its report, or returns null for a missing, expired or
 * revoked token alike. The public page, its metadata and its exports all use this one lookup.
 */
export async function loadSharedReport(unverifiedToken: string, now: Date): Promise<{ link: ActiveShareLink; result: ReportResult } | null> {
  const database = await getDatabase();
  const link = await findActiveShareLink(database, unverifiedToken, now);
  if (!link) return null;

  const result = await getSharedReport(database, link, now.toISOString().slice(0, 10));

  return result ? { link, result } : null;
}
