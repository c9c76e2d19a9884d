import "server-only";

import { reportToCsv, reportToJson } from "@/lib/report/export";
import type { ReportData } from "@/lib/report/report-data";

import type { ReportResult } from "./get-report-data";

export type ExportFormat = "csv" | "json";

/** Builds a file name from the scenario name's letters and digits only, so it is safe in a Content-Disposition header. */
function fileNameOf(report: ReportData, format: ExportFormat): string {
  const stem = report.scenario.name.normalize("NFKD").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60).toLowerCase();

  return `${stem || "report"}-revision-${report.revision.number}.${format}`;
}

/**
 * Builds the download of a report's numbers, or a 404 when there is no report. A report that
 * cannot be computed returns 409 with its problems, so a script sees why instead of empty numbers.
 */
export function reportExportResponse(result: ReportResult | null, format: ExportFormat, extraHeaders: Record<string, string> = {}): Response {
  const common = { "Cache-Control": "private, no-store", ...extraHeaders };
  if (!result) return new Response("Not found\n", { status: 404, headers: { ...common, "Content-Type": "text/plain; charset=utf-8" } });

  if (result.status === "problems") {
    return Response.json({ error: "This scenario cannot be computed until its problems are fixed.", problems: result.problems }, { status: 409, headers: common });
  }

  const body = format === "csv" ? reportToCsv(result.report) : reportToJson(result.report);
  const contentType = format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";

  return new Response(body, {
    status: 200,
    headers: { ...common, "Content-Type": contentType, "Content-Disposition": `attachment; filename="${fileNameOf(result.report, format)}"` },
  });
}

export function notFoundResponse(extraHeaders: Record<string, string> = {}): Response {
  return reportExportResponse(null, "csv", extraHeaders);
}
