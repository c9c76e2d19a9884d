import type { Metadata } from "next";
import Link from "next/link";

import { NewScenarioForm } from "@/components/scenario-editor/new-scenario-form";
import { ArchivedBadge } from "@/components/scenario-nav";
import { getOrgAccessOrThrow } from "@/lib/server/access";
import { listScenarios } from "@/lib/server/scenarios/list-scenarios";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orgSlug: string }>; searchParams: Promise<{ archived?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { orgSlug } = await params;
  const access = await getOrgAccessOrThrow(orgSlug, `/o/${orgSlug}`);

  return { title: access.org.name };
}

export default async function OrganizationPage({ params, searchParams }: Props) {
  const { orgSlug } = await params;
  const showArchived = (await searchParams).archived === "1";
  const access = await getOrgAccessOrThrow(orgSlug, `/o/${orgSlug}${showArchived ? "?archived=1" : ""}`);
  const scenarios = await listScenarios(access.org.id, { includeArchived: showArchived });
  const base = `/o/${access.org.slug}`;

  return (
    <div className="space-y-6">
      <div>
        <h1>{access.org.name}</h1>
        <p className="text-sm text-slate-600">
          Your role: {access.role} · Currency: {access.org.currency}
        </p>
      </div>
      <section className="space-y-3">
        <h2>Scenarios</h2>
        {access.can("scenario:create") ? <NewScenarioForm orgSlug={access.org.slug} /> : null}
        <p className="text-sm">
          {showArchived ? <Link href={base}>Hide archived scenarios</Link> : <Link href={`${base}?archived=1`}>Show archived scenarios</Link>}
        </p>
        {scenarios.length === 0 ? <p>No scenarios yet.</p> : null}
        {/* A plain GET form: the compare page reads the ticked ids from the query string. */}
        <form action={`${base}/compare`} method="get" className="space-y-2">
          <ul className="space-y-2">
            {scenarios.map((scenario) => (
              <li key={scenario.id} className="flex flex-wrap items-center gap-3 rounded border border-slate-200 bg-white p-3">
                <input type="checkbox" name="ids" value={scenario.id} aria-label={`Compare ${scenario.name}`} />
                <Link href={`${base}/scenarios/${scenario.id}`} className="font-medium">
                  <bdi>{scenario.name}</bdi>
                </Link>
                {scenario.archivedAt ? <ArchivedBadge /> : null}
                <span className="text-sm text-slate-500">
                  version {scenario.version} · updated {scenario.updatedAt.toISOString().slice(0, 10)}
                </span>
                <span className="ml-auto flex gap-3 text-sm">
                  {access.can("scenario:edit") && !scenario.archivedAt ? <Link href={`${base}/scenarios/${scenario.id}/edit`}>Edit</Link> : null}
                  <Link href={`${base}/scenarios/${scenario.id}/history`}>History</Link>
                </span>
              </li>
            ))}
          </ul>
          {scenarios.length > 1 ? (
            <button type="submit" className="rounded border border-slate-400 px-3 py-1 text-sm">
              Compare selected (2 to 4)
            </button>
          ) : null}
        </form>
      </section>
    </div>
  );
}
