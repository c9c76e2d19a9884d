import "server-only";

import { reportExportResponse, type ExportFormat } from "../reports/report-export-response";

import { loadSharedReport } from "./load-shared-report";

/** Route handler body of a shared report's export; the link's hidden unit prices stay hidden. */
export async function exportSharedReport(unverifiedToken: string, format: ExportFormat): Promise<Response> {
  const shared = await loadSharedReport(unverifiedToken, new Date());
  // The token is in the URL, so the download must not pass it on as a referrer either.
  const headers = { "Referrer-Policy": "no-referrer", "X-Robots-Tag": "noindex, nofollow" };

  return reportExportResponse(shared?.result ?? null, format, headers);
}
