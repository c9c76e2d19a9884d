import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";

import { CreateShareLinkForm } from "@/components/share/create-share-link-form";
import { ShareLinkList } from "@/components/share/share-link-list";
import { getOrgAccessOrThrow } from "@/lib/server/access";
import { getDatabase } from "@/lib/server/db";
import { getSharePageData } from "@/lib/server/share/get-share-page-data";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orgSlug: string; scenarioId: string }> };

const loadSharePage = cache(async (orgSlug: string, scenarioId: string) => {
  const access = await getOrgAccessOrThrow(orgSlug, `/o/${orgSlug}/scenarios/${scenarioId}/share`, "share:manage");
  const data = await getSharePageData(await getDatabase(), access.org.id, scenarioId);
  if (!data) notFound();

  return { access, ...data };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { orgSlug, scenarioId } = await params;
  const { scenario } = await loadSharePage(orgSlug, scenarioId);

  return { title: `Share ${scenario.name}` };
}

export default async function ShareScenarioPage({ params }: Props) {
  const { orgSlug, scenarioId } = await params;
  const { access, scenario, links } = await loadSharePage(orgSlug, scenarioId);
  const reportPath = `/o/${access.org.slug}/scenarios/${scenario.id}`;

  return (
    <article className="space-y-6">
      <div className="space-y-1">
        <p className="text-sm">
          <Link href={reportPath}>Back to the report</Link>
        </p>
        <h1>Share {scenario.name}</h1>
        <p className="text-sm text-slate-600">
          Anyone holding a link can read the report without signing in, until the link expires or you revoke it. The page shows the report only: no
          organization name, members or other scenarios.
        </p>
      </div>

      <section aria-labelledby="create-link-heading" className="space-y-2">
        <h2 id="create-link-heading">Create a link</h2>
        {scenario.latestRevisionNumber === null ? (
          <p>Save the scenario before sharing it.</p>
        ) : (
          <CreateShareLinkForm orgSlug={access.org.slug} scenarioId={scenario.id} revisionNumber={scenario.latestRevisionNumber} />
        )}
      </section>

      <section aria-labelledby="links-heading" className="space-y-2">
        <h2 id="links-heading">Links</h2>
        <ShareLinkList orgSlug={access.org.slug} scenarioId={scenario.id} links={links} now={new Date()} />
      </section>
    </article>
  );
}
