import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";

import { ReportProblems } from "@/components/report/report-problems";
import { ReportProvenanceNote } from "@/components/report/report-provenance-note";
import { ArchivedBadge, ScenarioNav } from "@/components/scenario-nav";
import { CachedReportView } from "@/components/report/cached-report-view";
import { getOrgAccessOrThrow } from "@/lib/server/access";
import { getDatabase } from "@/lib/server/db";
import { getMemberReportData, parseRevisionNumber } from "@/lib/server/reports/get-report-data";
import { getScenario } from "@/lib/server/scenarios/get-scenario";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ orgSlug: string; scenarioId: string }>;
  searchParams: Promise<{ revision?: string | string[] }>;
};

/**
 * Loads the report once for the page and its metadata, after one access check. Without
 * `?revision=N` it is the latest revision on the current catalog; with it, revision N as stored.
 */
const loadReport = cache(async (orgSlug: string, scenarioId: string, revisionNumber: number | null) => {
  const query = revisionNumber === null ? "" : `?revision=${revisionNumber}`;
  const access = await getOrgAccessOrThrow(orgSlug, `/o/${orgSlug}/scenarios/${scenarioId}${query}`);
  const database = await getDatabase();
  const result = await getMemberReportData(database, {
    org: access.org,
    scenarioId,
    revisionNumber,
    today: new Date().toISOString().slice(0, 10),
  });
  const stored = await getScenario(database, access.org.id, scenarioId);
  if (!result || !stored) notFound();

  return { access, result, query, archived: stored.archivedAt !== null };
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { orgSlug, scenarioId } = await params;
  const { result } = await loadReport(orgSlug, scenarioId, parseRevisionNumber((await searchParams).revision));
  const name = result.status === "ready" ? result.report.scenario.name : result.scenario.name;

  return { title: name };
}

export default async function ScenarioReportPage({ params, searchParams }: Props) {
  const { orgSlug, scenarioId } = await params;
  const { access, result, query, archived } = await loadReport(orgSlug, scenarioId, parseRevisionNumber((await searchParams).revision));
  const scenario = result.status === "ready" ? result.report.scenario : result.scenario;
  const revision = result.status === "ready" ? result.report.revision : result.revision;
  const pricesAsOf = result.status === "ready" ? result.report.pricesAsOf : result.pricesAsOf;
  const catalogChangedSince = result.status === "ready" && result.report.catalogChangedSince;
  const base = `/o/${access.org.slug}/scenarios/${scenarioId}`;

  return (
    <article className="space-y-6">
      <div className="space-y-1">
        <p className="no-print text-sm">
          <Link href={`/o/${access.org.slug}`}>{access.org.name}</Link>
        </p>
        <h1>
          <bdi>{scenario.name}</bdi>
          {archived ? <ArchivedBadge /> : null}
        </h1>
        <ScenarioNav orgSlug={access.org.slug} scenarioId={scenarioId} current="report" canEdit={access.can("scenario:edit") && !archived} />
        {archived ? (
          <p className="no-print text-sm text-amber-800">
            This scenario is archived: it cannot be edited and its share links do not work. Restore it from its history page.
          </p>
        ) : null}
        {scenario.description ? <p className="text-slate-700">{scenario.description}</p> : null}
        <ReportProvenanceNote revisionNumber={revision.number} pinned={revision.pinned} pricesAsOf={pricesAsOf} catalogChangedSince={catalogChangedSince} />
        {revision.pinned ? (
          <p className="no-print text-sm">
            <Link href={base}>Show the latest revision on the current catalog</Link>
          </p>
        ) : null}
      </div>

      {result.status === "ready" ? (
        <>
          <nav aria-label="Report actions" className="no-print flex flex-wrap gap-4 text-sm">
            <a href={`${base}/export.csv${query}`} download>
              Download CSV
            </a>
            <a href={`${base}/export.json${query}`} download>
              Download JSON
            </a>
            {access.can("share:manage") && !archived ? <Link href={`${base}/share`}>Share</Link> : null}
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
