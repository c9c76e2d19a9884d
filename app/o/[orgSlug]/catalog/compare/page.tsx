import type { Metadata } from "next";
import Link from "next/link";

import { TakeShippedButton } from "@/components/catalog/take-shipped-button";
import { KIND_LABELS } from "@/lib/catalog/entry-schemas";
import { getOrgAccessOrThrow } from "@/lib/server/access";
import { compareCatalogWithShipped } from "@/lib/server/catalog/take-shipped-update";
import { getDatabase } from "@/lib/server/db";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orgSlug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { orgSlug } = await params;
  await getOrgAccessOrThrow(orgSlug, `/o/${orgSlug}/catalog/compare`);

  return { title: "Compare with the shipped catalog" };
}

const cell = "border-t border-slate-200 py-1 pr-3 align-top";
const show = (value: unknown) => (value === null || value === undefined ? "—" : String(value));

export default async function CompareShippedPage({ params }: Props) {
  const { orgSlug } = await params;
  const access = await getOrgAccessOrThrow(orgSlug, `/o/${orgSlug}/catalog/compare`);
  const today = new Date().toISOString().slice(0, 10);
  const comparisons = await compareCatalogWithShipped(await getDatabase(), access.org.id, today);
  const open = comparisons.filter((comparison) => comparison.status !== "same");
  const canEdit = access.can("catalog:edit");

  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={`/o/${access.org.slug}/catalog`}>Catalog</Link>
      </p>
      <h1>Compare with the shipped catalog</h1>
      <p className="text-sm text-slate-600">
        {comparisons.length - open.length} of {comparisons.length} shipped entries match your catalog (prices in force on {today}; notes and
        check dates are not compared). Shipped prices are list prices in USD, while your catalog is in {access.org.currency}.
      </p>
      {open.length === 0 ? <p>Your catalog matches the shipped one.</p> : null}
      <table className="w-full text-sm" data-testid="shipped-comparison">
        <thead>
          <tr className="text-left text-slate-600">
            <th className="py-1 pr-3 font-medium">Entry</th>
            <th className="py-1 pr-3 font-medium">Status</th>
            <th className="py-1 pr-3 font-medium">Yours → shipped</th>
            {canEdit ? (
              <th className="py-1 pr-3 font-medium">
                <span className="sr-only">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {open.map((comparison) => (
            <tr key={`${comparison.kind}-${comparison.key}`} data-testid={`shipped-${comparison.key}`}>
              <td className={cell}>
                {comparison.label}
                <div className="text-xs text-slate-500">
                  {KIND_LABELS[comparison.kind].singular} · <code>{comparison.key}</code>
                </div>
              </td>
              <td className={cell}>{comparison.status === "missing" ? "not in your catalog" : comparison.status}</td>
              <td className={cell}>
                <ul>
                  {comparison.differences.map((difference) => (
                    <li key={difference.field}>
                      {difference.label}: {show(difference.yours)} → {show(difference.shipped)}
                    </li>
                  ))}
                </ul>
                {comparison.effectiveFrom && comparison.status !== "retired" ? <span className="text-xs text-slate-500">shipped from {comparison.effectiveFrom}</span> : null}
              </td>
              {canEdit ? (
                <td className={cell}>
                  {comparison.status === "retired" ? null : (
                    <TakeShippedButton orgSlug={access.org.slug} kind={comparison.kind} entryKey={comparison.key} entryUpdatedAt={comparison.entryUpdatedAt} label={comparison.label} />
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
