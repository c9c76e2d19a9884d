import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";

import { ReportSummary } from "@/components/report/report-summary";
import { getOrgAccessOrThrow } from "@/lib/server/access";
import { getDatabase } from "@/lib/server/db";
import { getScenarioReport } from "@/lib/server/reports/get-scenario-report";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orgSlug: string; scenarioId: string }> };

/** One access check and one computation per request, shared by the page and its metadata. */
const loadReport = cache(async (orgSlug: string, scenarioId: string) => {
  const access = await getOrgAccessOrThrow(orgSlug, `/o/${orgSlug}/scenarios/${scenarioId}`);
  const database = await getDatabase();
  const report = await getScenarioReport(database, access.org.id, scenarioId, new Date().toISOString().slice(0, 10));
  if (!report) notFound();

  return { access, report };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { orgSlug, scenarioId } = await params;
  const { report } = await loadReport(orgSlug, scenarioId);

  return { title: report.scenario.name };
}

export default async function ScenarioReportPage({ params }: Props) {
  const { orgSlug, scenarioId } = await params;
  const { access, report } = await loadReport(orgSlug, scenarioId);

  return (
    <article className="space-y-6">
      <div className="space-y-1">
        <p className="no-print text-sm">
          <Link href={`/o/${access.org.slug}`}>{access.org.name}</Link>
        </p>
        <h1>{report.scenario.name}</h1>
        {report.scenario.description ? <p className="text-slate-700">{report.scenario.description}</p> : null}
        <p className="text-sm text-slate-600">
          Revision {report.revision.number} · prices as of {report.pricesAsOf} · computed on the server from the catalog of{" "}
          {access.org.name}
        </p>
      </div>

      {report.problems.length > 0 || !report.model || !report.evaluation ? (
        <div role="alert" className="space-y-2 rounded border border-red-300 bg-red-50 p-4 text-red-900" data-testid="report-problems">
          <p className="font-medium">This scenario cannot be computed until these problems are fixed:</p>
          <ul className="list-disc pl-5">
            {report.problems.map((problem) => (
              <li key={`${problem.path}-${problem.message}`}>
                <code>{problem.path}</code>: {problem.message}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <ReportSummary model={report.model} evaluation={report.evaluation} currency={access.org.currency} />
      )}
    </article>
  );
}
