import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";

import { EntryForm } from "@/components/catalog/entry-form";
import { entryTitle } from "@/components/catalog/entry-title";
import { isDatedKind, kindFromSegment, toFormStrings } from "@/lib/catalog/entry-schemas";
import { getOrgAccessOrThrow } from "@/lib/server/access";
import { getCatalogEntry } from "@/lib/server/catalog/get-catalog-entry";
import { getDatabase } from "@/lib/server/db";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orgSlug: string; kind: string; rowId: string }> };

/** Editors only: a viewer gets 404 here, the same response as for a missing row. */
const loadEntry = cache(async (orgSlug: string, segment: string, rowId: string) => {
  const access = await getOrgAccessOrThrow(orgSlug, `/o/${orgSlug}/catalog/${segment}/${rowId}/edit`, "catalog:edit");
  const kind = kindFromSegment(segment);
  if (!kind) notFound();

  const entry = await getCatalogEntry(await getDatabase(), access.org.id, kind, rowId);
  if (!entry) notFound();

  return { access, kind, entry };
});

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
