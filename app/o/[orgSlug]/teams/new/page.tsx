import type { Metadata } from "next";
import Link from "next/link";

import { EntryForm } from "@/components/catalog/entry-form";
import { emptyFormStrings } from "@/lib/catalog/entry-schemas";
import { getOrgAccessOrThrow } from "@/lib/server/access";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orgSlug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { orgSlug } = await params;
  await getOrgAccessOrThrow(orgSlug, `/o/${orgSlug}/teams/new`, "teams:edit");

  return { title: "Add team" };
}

export default async function NewTeamPage({ params }: Props) {
  const { orgSlug } = await params;
  const access = await getOrgAccessOrThrow(orgSlug, `/o/${orgSlug}/teams/new`, "teams:edit");
  const today = new Date().toISOString().slice(0, 10);

  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={`/o/${access.org.slug}/teams`}>Teams</Link>
      </p>
      <h1>Add team</h1>
      <EntryForm orgSlug={access.org.slug} kind="team" mode="create" initialValues={emptyFormStrings("team", today)} submitLabel="Add team" />
    </div>
  );
}
