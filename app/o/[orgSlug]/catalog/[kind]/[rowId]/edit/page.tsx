import type { Metadata } from "next";
import Link from "next/link";

import { EntryForm } from "@/components/catalog/entry-form";
import { entryTitle } from "@/components/catalog/entry-title";
import { isDatedKind, toFormStrings } from "@/lib/catalog/entry-schemas";
import { loadCatalogEntryPage } from "@/lib/server/catalog/load-catalog-entry-page";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orgSlug: string; kind: string; rowId: string }> };

/** One access check and lookup per request, shared by the page and its metadata. */
const loadEntry = (orgSlug: string, segment: string, rowId: string) => loadCatalogEntryPage(orgSlug, segment, rowId, "edit", "catalog:edit");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { orgSlug, kind, rowId } = await params;
  const { entry } = await loadEntry(orgSlug, kind, rowId);

  return { title: entryTitle(entry.kind, entry.row) };
}

export default async function CorrectCatalogRowPage({ params }: Props) {
  const { orgSlug, kind: segment, rowId } = await params;
  const { access, kind, entry } = await loadEntry(orgSlug, segment, rowId);
  const entryPath = `/o/${access.org.slug}/catalog/${segment}/${rowId}`;

  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={entryPath}>Back to the entry</Link>
      </p>
      <h1>{isDatedKind(kind) ? `Correct the row of ${entryTitle(kind, entry.row)} from ${entry.row.effectiveFrom}` : `Edit ${entryTitle(kind, entry.row)}`}</h1>
      <p className="text-sm text-slate-600">A correction edits this row in place, for a typo or a new measurement. For a new price from a date on, use Change price instead. Amounts in {access.org.currency}.</p>
      <EntryForm orgSlug={access.org.slug} kind={kind} mode="correct" expectedUpdatedAt={String(entry.row.updatedAt)} rowId={rowId} initialValues={toFormStrings(kind, entry.row)} submitLabel="Save correction" />
    </div>
  );
}
