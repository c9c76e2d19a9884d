import type { Metadata } from "next";
import Link from "next/link";

import { formatMoney } from "@/lib/format";
import { compareInputs } from "@/lib/scenario/compare-inputs";
import { describeInputPath, describeInputValue } from "@/lib/scenario/describe-inputs";
import { getOrgAccessOrThrow } from "@/lib/server/access";
import { loadCatalogSnapshot } from "@/lib/server/catalog/load-catalog";
import { getDatabase } from "@/lib/server/db";
import { getScenarioReport } from "@/lib/server/reports/get-scenario-report";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orgSlug: string }>; searchParams: Promise<{ ids?: string | string[] }> };

/** Reads `ids=a,b,c` (or the repeated `ids` of the list page's form) into at most 4 distinct ids. */
function parseIds(value: string | string[] | undefined): string[] {
  const texts = Array.isArray(value) ? value : value ? [value] : [];

  return [...new Set(texts.flatMap((text) => text.split(",")).map((id) => id.trim()).filter(Boolean))];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { orgSlug } = await params;
  await getOrgAccessOrThrow(orgSlug, `/o/${orgSlug}/compare`);

  return { title: "Compare scenarios" };
}

export default async function CompareScenariosPage({ params, searchParams }: Props) {
  const { orgSlug } = await params;
  const ids = parseIds((await searchParams).ids);
  const access = await getOrgAccessOrThrow(orgSlug, `/o/${orgSlug}/compare?ids=${ids.join(",")}`);
  const back = <Link href={`/o/${access.org.slug}`}>Back to the scenarios</Link>;
  if (ids.length < 2 || ids.length > 4) {
    return (
      <div className="space-y-3">
        <h1>Compare scenarios</h1>
        <p role="alert">Pick 2 to 4 scenarios to compare; {ids.length} {ids.length === 1 ? "was" : "were"} picked.</p>
        {back}
      </div>
    );
  }

  const database = await getDatabase();
  const today = new Date().toISOString().slice(0, 10);
  const reports = await Promise.all(ids.map((id) => getScenarioReport(database, access.org.id, id, today)));
  // A missing or foreign id is reported like any unknown id, without telling which organization owns it.
  const found = reports.flatMap((report) => (report ? [report] : []));
  if (found.length !== ids.length) {
    return (
      <div className="space-y-3">
        <h1>Compare scenarios</h1>
        <p role="alert">{ids.length - found.length} of the picked scenarios were not found.</p>
        {back}
      </div>
    );
  }

  const unreadable = found.filter((report) => report.inputs === null);
  const documents = found.map((report) => report.inputs);
  const differences = compareInputs(documents);
  const catalog = await loadCatalogSnapshot(database, access.org.id);
  const optionIds = [...new Set(found.flatMap((report) => report.evaluation?.options.map((option) => option.id) ?? []))];
  // Option ids are per scenario; the name comes from the first scenario that has the option.
  const optionNameOf = (optionId: string) =>
    found.flatMap((report) => report.evaluation?.options ?? []).find((option) => option.id === optionId)?.name ?? optionId;
  const totalOf = (reportIndex: number, optionId: string) => found[reportIndex].evaluation?.options.find((option) => option.id === optionId)?.total;
  const header = (
    <tr className="border-b border-slate-300 text-left">
      <th className="p-2" />
      {found.map((report) => (
        <th key={report.scenario.id} className="p-2">
          <Link href={`/o/${access.org.slug}/scenarios/${report.scenario.id}`}>
            <bdi>{report.scenario.name}</bdi>
          </Link>
          <span className="block text-xs font-normal text-slate-500">revision {report.revision.number}</span>
        </th>
      ))}
    </tr>
  );

  return (
    <div className="space-y-6">
      <div>
        <h1>Compare scenarios</h1>
        <p className="text-sm text-slate-600">Cells that differ from the first scenario are highlighted. Numbers are computed on the server from today&apos;s catalog.</p>
      </div>
      {unreadable.length > 0 ? (
        <ul role="alert" className="list-disc rounded border border-red-300 bg-red-50 p-4 pl-8 text-sm text-red-900">
          {unreadable.map((report) => (
            <li key={report.scenario.id}>
              {report.scenario.name}: {report.problems.map((problem) => problem.message).join(" ")}
            </li>
          ))}
        </ul>
      ) : null}
      <section aria-labelledby="results-heading" className="space-y-2">
        <h2 id="results-heading">Total cost of ownership</h2>
        <table className="min-w-full border-collapse bg-white text-sm" data-testid="compare-results">
          <thead>{header}</thead>
          <tbody>
            {optionIds.map((optionId) => (
              <tr key={optionId} className="border-b border-slate-200">
                <th scope="row" className="p-2 text-left font-normal" data-option-id={optionId}>
                  <bdi>{optionNameOf(optionId)}</bdi>
                </th>
                {found.map((report, index) => {
                  const total = totalOf(index, optionId);
                  const differs = index > 0 && total !== totalOf(0, optionId);

                  return (
                    <td key={report.scenario.id} className={`p-2 text-right tabular-nums ${differs ? "bg-amber-50 font-medium" : ""}`} data-differs={differs || undefined}>
                      {report.problems.length > 0 ? "cannot be computed" : total === undefined ? "—" : formatMoney(total, access.org.currency)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="inputs-heading" className="space-y-2">
        <h2 id="inputs-heading">Inputs that differ</h2>
        {differences.length === 0 ? (
          <p className="text-sm">The inputs are the same.</p>
        ) : (
          <table className="min-w-full border-collapse bg-white text-sm" data-testid="compare-inputs">
            <thead>{header}</thead>
            <tbody>
              {differences.map((difference) => (
                <tr key={difference.path} className="border-b border-slate-200">
                  <th scope="row" className="p-2 text-left font-normal" data-path={difference.path}>
                    <bdi>{describeInputPath(difference.path, documents, catalog)}</bdi>
                  </th>
                  {difference.values.map((value, index) => (
                    <td key={found[index].scenario.id} className={`p-2 [overflow-wrap:anywhere] ${index > 0 && JSON.stringify(value) !== JSON.stringify(difference.values[0]) ? "bg-amber-50" : ""}`}>
                      <bdi>{describeInputValue(difference.path, value, catalog, documents[index])}</bdi>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {back}
    </div>
  );
}
