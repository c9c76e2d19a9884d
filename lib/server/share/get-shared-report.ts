import "server-only";

import type { Database } from "../db";
import { getCurrentReportData, getPinnedReportData, type ReportResult } from "../reports/get-report-data";

import type { ActiveShareLink } from "./find-share-link";

/** Computes the report a share link shows: its pinned revision's stored values, or the latest revision on today's catalog. */
export async function getSharedReport(database: Database, link: ActiveShareLink, today: string): Promise<ReportResult | null> {
  const common = { org: link.org, scenarioId: link.scenarioId, hideUnitPrices: link.hideUnitPrices };
  if (link.revisionId) return getPinnedReportData(database, { ...common, revisionId: link.revisionId });

  return getCurrentReportData(database, { ...common, today });
}
