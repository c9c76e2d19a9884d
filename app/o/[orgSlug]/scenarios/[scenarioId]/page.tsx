import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";

import { ReportProblems } from "@/components/report/report-problems";
import { ReportProvenanceNote } from "@/components/report/report-provenance-note";
import { CachedReportView } from "@/components/report/cached-report-view";
import { getOrgAccessOrThrow } from "@/lib/server/access";
import { getDatabase } from "@/lib/server/db";
import { getCurrentReportData } from "@/lib/server/reports/get-report-data";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orgSlug: string; scenarioId: string }> };

/** One access check and one computation per request, shared by the page and its metadata. */
const loadReport = cache(async (orgSlug: string, scenarioId: string) => {
  const access = await getOrgAccessOrThrow(orgSlug, `/o/${orgSlug}/scenarios/${scenarioId}`);
  const database = await getDatabase();
  const result = await getCurrentReportData(database, {
    org: access.org,
    scenarioId,
    today: new Date().toISOString().slice(0, 10),
    hideUnitPrices: false,
  });
  if (!result) notFound();

  return { access, result };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { orgSlug, scenarioId } = await params;
  const { result } = await loadReport(orgSlug, scenarioId);
  const name = result.status === "ready" ? result.report.scenario.name : result.scenario.name;

  return { title: name };
}

export default async function ScenarioReportPage({ params }: Props) {
  const { orgSlug, scenarioId } = await params;
  const { access, result } = await loadReport(orgSlug, scenarioId);
  const scenario = result.status === "ready" ? result.report.scenario : result.scenario;
  const revision = result.status === "ready" ? result.report.revision : result.revision;
  const pricesAsOf = result.status === "ready" ? result.report.pricesAsOf : result.pricesAsOf;
  const base = `/o/${access.org.slug}/scenarios/${scenarioId}`;

  return (
    <article className="space-y-6">
      <div className="space-y-1">
        <p className="no-print text-sm">
          <Link href={`/o/${access.org.slug}`}>{access.org.name}</Link>
        </p>
        <h1>{scenario.name}</h1>
        {scenario.description ? <p className="text-slate-700">{scenario.description}</p> : null}
        <ReportProvenanceNote revisionNumber={revision.number} pinned={false} pricesAsOf={pricesAsOf} catalogChangedSince={false} />
      </div>

      {result.status === "ready" ? (
        <>
          <nav aria-label="Report actions" className="no-print flex flex-wrap gap-4 text-sm">
            <a href={`${base}/export.csv`} download>
              Download CSV
            </a>
            <a href={`${base}/export.json`} download>
              Download JSON
            </a>
            {access.can("share:manage") ? <Link href={`${base}/share`}>Share</Link> : null}
            <span className="text-slate-500">Print or save as PDF from your browser&apos;s print dialog.</span>
          </nav>
          <CachedReportView report={result.report} cacheKey={result.cacheKey} />
        </>
      ) : (
        <ReportProblems problems={result.problems} />
      )}
    </article>
  );
}
