import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { EntryForm } from "@/components/catalog/entry-form";
import { emptyFormStrings, KIND_LABELS, kindFromSegment } from "@/lib/catalog/entry-schemas";
import { getOrgAccessOrThrow } from "@/lib/server/access";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orgSlug: string; kind: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { orgSlug, kind: segment } = await params;
  await getOrgAccessOrThrow(orgSlug, `/o/${orgSlug}/catalog/${segment}/new`, "catalog:edit");
  const kind = kindFromSegment(segment);

  return { title: kind ? `Add ${KIND_LABELS[kind].singular}` : "Catalog" };
}

export default async function NewCatalogEntryPage({ params }: Props) {
  const { orgSlug, kind: segment } = await params;
  const access = await getOrgAccessOrThrow(orgSlug, `/o/${orgSlug}/catalog/${segment}/new`, "catalog:edit");
  const kind = kindFromSegment(segment);
  if (!kind) notFound();

  const today = new Date().toISOString().slice(0, 10);

  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={`/o/${access.org.slug}/catalog`}>Catalog</Link>
      </p>
      <h1>Add {KIND_LABELS[kind].singular}</h1>
      <p className="text-sm text-slate-600">Amounts in {access.org.currency}.</p>
      <EntryForm orgSlug={access.org.slug} kind={kind} mode="create" initialValues={emptyFormStrings(kind, today)} submitLabel="Add entry" />
    </div>
  );
}
