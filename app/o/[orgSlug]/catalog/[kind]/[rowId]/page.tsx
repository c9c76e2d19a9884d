import type { Metadata } from "next";
import Link from "next/link";

import { EntryLifecycle } from "@/components/catalog/entry-lifecycle";
import { entryTitle } from "@/components/catalog/entry-title";
import { FIELD_SPECS, isDatedKind, KIND_LABELS } from "@/lib/catalog/entry-schemas";
import { formatNumber, formatPercent, formatUnitPrice } from "@/lib/format";
import { gpuHourlyCost, type GpuPriceRow } from "@/lib/scenario/catalog-types";
import { loadCatalogEntryPage } from "@/lib/server/catalog/load-catalog-entry-page";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orgSlug: string; kind: string; rowId: string }> };

/** One access check and lookup per request, shared by the page and its metadata. */
const loadEntry = (orgSlug: string, segment: string, rowId: string) => loadCatalogEntryPage(orgSlug, segment, rowId, "");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { orgSlug, kind, rowId } = await params;
  const { entry } = await loadEntry(orgSlug, kind, rowId);

  return { title: entryTitle(entry.kind, entry.row) };
}

const cell = "border-t border-slate-200 py-1 pr-3 align-top";

/** Returns the host of a source URL for display, or the text itself when it does not parse as a URL. */
function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

export default async function CatalogEntryPage({ params }: Props) {
  const { orgSlug, kind: segment, rowId } = await params;
  const { access, kind, entry } = await loadEntry(orgSlug, segment, rowId);
  const { currency, slug } = access.org;
  const canEdit = access.can("catalog:edit");
  const dated = isDatedKind(kind);
  const base = `/o/${slug}/catalog/${segment}`;
  const valueFields = FIELD_SPECS[kind].filter((field) => field.input === "number" || field.input === "percent");
  const latest = entry.history[entry.history.length - 1];

  const show = (name: string, input: string, value: unknown) => {
    if (value === null || value === undefined) return "—";
    if (input === "percent") return formatPercent(Number(value));
    if (/price/i.test(name)) return formatUnitPrice(Number(value), currency);

    return formatNumber(Number(value), 6);
  };

  return (
    <article className="space-y-6">
      <div className="space-y-1">
        <p className="text-sm">
          <Link href={`/o/${slug}/catalog`}>Catalog</Link> · {KIND_LABELS[kind].singular}
        </p>
        <h1>{entryTitle(kind, entry.row)}</h1>
        <p className="text-sm text-slate-600">
          Key <code>{entry.identity}</code>
          {entry.retired ? " · retired" : ""}
        </p>
        {canEdit && dated && !entry.retired ? (
          <p>
            <Link href={`${base}/${latest.id}/change`} className="font-medium">
              Change price
            </Link>
          </p>
        ) : null}
      </div>

      <section className="space-y-2">
        <h2>{dated ? "Price history" : "Values"}</h2>
        <div className="overflow-x-auto">
          <table className="w-full text-sm" data-testid="price-history">
            <thead>
              <tr className="text-left text-slate-600">
                {dated ? <th className="py-1 pr-3 font-medium">Effective from</th> : null}
                {dated ? <th className="py-1 pr-3 font-medium">Until (exclusive)</th> : null}
                {valueFields.map((field) => (
                  <th key={field.name} className="py-1 pr-3 font-medium">
                    {field.label}
                  </th>
                ))}
                {kind === "gpuPrice" ? <th className="py-1 pr-3 font-medium">Hourly cost</th> : null}
                <th className="py-1 pr-3 font-medium">Source</th>
                <th className="py-1 pr-3 font-medium">Checked</th>
                <th className="py-1 pr-3 font-medium">Notes</th>
                {canEdit ? <th className="py-1 pr-3 font-medium">
                  <span className="sr-only">Actions</span>
                </th> : null}
              </tr>
            </thead>
            <tbody>
              {entry.history.map((row) => (
                <tr key={String(row.id)} data-testid={`history-row-${row.effectiveFrom ?? row.id}`}>
                  {dated ? <td className={cell}>{String(row.effectiveFrom)}</td> : null}
                  {dated ? <td className={cell}>{row.effectiveTo === null ? "in force" : String(row.effectiveTo)}</td> : null}
                  {valueFields.map((field) => (
                    <td key={field.name} className={cell}>
                      {show(field.name, field.input, row[field.name])}
                    </td>
                  ))}
                  {kind === "gpuPrice" ? <td className={cell}>{formatUnitPrice(gpuHourlyCost(row as unknown as GpuPriceRow), currency)}</td> : null}
                  <td className={cell}>
                    {row.sourceUrl ? (
                      <a href={String(row.sourceUrl)} rel="noreferrer noopener" target="_blank">
                        {hostnameOf(String(row.sourceUrl))}
                      </a>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td className={cell}>{row.checkedAt ? String(row.checkedAt) : "—"}</td>
                  <td className={`${cell} max-w-xs text-slate-600`}>{row.notes ? String(row.notes) : ""}</td>
                  {canEdit ? (
                    <td className={cell}>
                      <Link href={`${base}/${row.id}/edit`} aria-label={dated ? `Correct the row from ${row.effectiveFrom}` : "Edit this profile"}>
                        {dated ? "Correct this row" : "Edit"}
                      </Link>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {canEdit ? (
        <EntryLifecycle orgSlug={slug} kind={kind} rowId={String(entry.row.id)} retired={entry.retired} usage={entry.usage} />
      ) : entry.usage.length > 0 ? (
        <p className="text-sm text-slate-600">Used by: {entry.usage.map((usage) => usage.scenarioName).join(", ")}</p>
      ) : null}
    </article>
  );
}
