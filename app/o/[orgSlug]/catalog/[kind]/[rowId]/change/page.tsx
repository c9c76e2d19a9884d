import type { Metadata } from "next";
import Link from "next/link";

import { EntryForm } from "@/components/catalog/entry-form";
import { entryTitle } from "@/components/catalog/entry-title";
import { toFormStrings } from "@/lib/catalog/entry-schemas";
import { loadCatalogEntryPage } from "@/lib/server/catalog/load-catalog-entry-page";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orgSlug: string; kind: string; rowId: string }> };

/** One access check and lookup per request, shared by the page and its metadata. */
const loadEntry = (orgSlug: string, segment: string, rowId: string) => loadCatalogEntryPage(orgSlug, segment, rowId, "change", "catalog:edit", true);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { orgSlug, kind, rowId } = await params;
  const { entry } = await loadEntry(orgSlug, kind, rowId);

  return { title: entryTitle(entry.kind, entry.row) };
}

export default async function ChangeCatalogPricePage({ params }: Props) {
  const { orgSlug, kind: segment, rowId } = await params;
  const { access, kind, entry } = await loadEntry(orgSlug, segment, rowId);
  const entryPath = `/o/${access.org.slug}/catalog/${segment}/${rowId}`;

  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={entryPath}>Back to the entry</Link>
      </p>
      <h1>{`Change the price of ${entryTitle(kind, entry.row)}`}</h1>
      <p className="text-sm text-slate-600">The price in force on the date you enter ends the day before; earlier prices stay in the history. Amounts in {access.org.currency}.</p>
      <EntryForm orgSlug={access.org.slug} kind={kind} mode="change" rowId={rowId} initialValues={{ ...toFormStrings(kind, entry.row), effectiveFrom: new Date().toISOString().slice(0, 10) }} submitLabel="Save new price" />
    </div>
  );
}
