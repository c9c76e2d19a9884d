import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";

import { EntryForm } from "@/components/catalog/entry-form";
import { EntryLifecycle } from "@/components/catalog/entry-lifecycle";
import { toFormStrings } from "@/lib/catalog/entry-schemas";
import { getOrgAccessOrThrow } from "@/lib/server/access";
import { getCatalogEntry } from "@/lib/server/catalog/get-catalog-entry";
import { getDatabase } from "@/lib/server/db";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orgSlug: string; teamId: string }> };

/** Editors only: a viewer gets 404 here, the same response as for a missing team. */
const loadTeam = cache(async (orgSlug: string, teamId: string) => {
  const access = await getOrgAccessOrThrow(orgSlug, `/o/${orgSlug}/teams/${teamId}/edit`, "teams:edit");
  const team = await getCatalogEntry(await getDatabase(), access.org.id, "team", teamId);
  if (!team) notFound();

  return { access, team };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { orgSlug, teamId } = await params;
  const { team } = await loadTeam(orgSlug, teamId);

  return { title: `Edit ${team.row.name}` };
}

export default async function EditTeamPage({ params }: Props) {
  const { orgSlug, teamId } = await params;
  const { access, team } = await loadTeam(orgSlug, teamId);

  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/o/${access.org.slug}/teams`}>Teams</Link>
      </p>
      <h1>Edit {String(team.row.name)}</h1>
      <p className="text-sm text-slate-600">Changes apply to every scenario that uses this team, from its next report on.</p>
      <EntryForm orgSlug={access.org.slug} kind="team" mode="correct" expectedUpdatedAt={String(team.row.updatedAt)} rowId={teamId} initialValues={toFormStrings("team", team.row)} submitLabel="Save team" />
      <EntryLifecycle orgSlug={access.org.slug} kind="team" rowId={teamId} retired={team.retired} usage={team.usage} />
    </div>
  );
}
