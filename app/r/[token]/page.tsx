import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";

import { ReportProblems } from "@/components/report/report-problems";
import { ReportProvenanceNote } from "@/components/report/report-provenance-note";
import { CachedReportView } from "@/components/report/cached-report-view";
import { countShareLinkView } from "@/lib/server/share/count-share-link-view";
import { loadSharedReport } from "@/lib/server/share/load-shared-report";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

/** Loads the shared report once for the page and its metadata, so neither emits a name before the token is checked. */
const loadShared = cache(async (token: string) => {
  const shared = await loadSharedReport(token, new Date());
  if (!shared) notFound();

  return shared;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { token } = await params;
  const { result } = await loadShared(token);
  const name = result.status === "ready" ? result.report.scenario.name : result.scenario.name;

  return { title: name, robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/**
 * Read-only report that a share link opens, for anyone holding the link. It shows the report
 * and nothing else of the organization: no name, members, other scenarios or navigation.
 */
export default async function SharedReportPage({ params }: Props) {
  const { token } = await params;
  const { link, result } = await loadShared(token);
  await countShareLinkView(link.id, new Date());

  const scenario = result.status === "ready" ? result.report.scenario : result.scenario;
  const revision = result.status === "ready" ? result.report.revision : result.revision;
  const pricesAsOf = result.status === "ready" ? result.report.pricesAsOf : result.pricesAsOf;
  const catalogChangedSince = result.status === "ready" && result.report.catalogChangedSince;

  return (
    <article className="space-y-6">
      <div className="space-y-1">
        <p className="text-sm text-slate-600">Shared report, read-only</p>
        <h1>{scenario.name}</h1>
        {scenario.description ? <p className="text-slate-700">{scenario.description}</p> : null}
        <ReportProvenanceNote revisionNumber={revision.number} pinned={revision.pinned} pricesAsOf={pricesAsOf} catalogChangedSince={catalogChangedSince} />
        {link.hideUnitPrices ? <p className="text-sm text-slate-600">Unit prices are hidden in this shared report; totals and savings are shown.</p> : null}
      </div>

      {result.status === "ready" ? (
        <>
          <nav aria-label="Report actions" className="no-print flex flex-wrap gap-4 text-sm">
            <a href={`/r/${token}/export.csv`} download rel="noreferrer">
              Download CSV
            </a>
            <a href={`/r/${token}/export.json`} download rel="noreferrer">
              Download JSON
            </a>
          </nav>
          <CachedReportView report={result.report} cacheKey={result.cacheKey} />
        </>
      ) : (
        <ReportProblems problems={result.problems} />
      )}
    </article>
  );
}
