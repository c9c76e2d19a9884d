import "server-only";

import { findOrgAccess, getCurrentUser } from "../access";
import { getDatabase } from "../db";

import { getMemberReportData } from "./get-report-data";
import { reportExportResponse, type ExportFormat } from "./report-export-response";

/**
 * Route handler body of a signed-in member's export. Checks the session and membership itself;
 * a visitor who is signed out or not a member gets the same 404 as a missing scenario.
 */
export async function exportMemberReport(unverifiedOrgSlug: string, scenarioId: string, revisionNumber: number | null, format: ExportFormat): Promise<Response> {
  const user = await getCurrentUser();
  const access = user ? await findOrgAccess(user, unverifiedOrgSlug) : null;
  if (!access || !access.can("scenario:read")) return reportExportResponse(null, format);

  const result = await getMemberReportData(await getDatabase(), {
    org: access.org,
    scenarioId,
    revisionNumber,
    today: new Date().toISOString().slice(0, 10),
  });

  return reportExportResponse(result, format);
}
