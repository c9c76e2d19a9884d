import "server-only";

import type { ReportData } from "@/lib/report/report-data";
import { getReportHtmlCache } from "@/lib/server/reports/report-cache";

import { renderStaticMarkup } from "./render-static-markup";
import { ReportView } from "./report-view";

/**
 * Report body, rendered to HTML once per cache key and then served as a string. Equal keys name
 * equal reports (same revision, catalog version, hidden-price flag and date). The body shows
 * nothing else that could differ between them, such as the scenario's name.
 */
export function CachedReportView({ report, cacheKey }: { report: ReportData; cacheKey: string }) {
  const cache = getReportHtmlCache();
  let html = cache.get(cacheKey);
  if (html === undefined) {
    html = renderStaticMarkup(<ReportView report={report} />);
    cache.set(cacheKey, html);
  }

  return <div data-testid="report-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
