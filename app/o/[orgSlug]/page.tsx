import type { Metadata } from "next";
import Link from "next/link";

import { getOrgAccessOrThrow } from "@/lib/server/access";
import { listScenarios } from "@/lib/server/scenarios/list-scenarios";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orgSlug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { orgSlug } = await params;
  const access = await getOrgAccessOrThrow(orgSlug, `/o/${orgSlug}`);

  return { title: access.org.name };
}

export default async function OrganizationPage({ params }: Props) {
  const { orgSlug } = await params;
  const access = await getOrgAccessOrThrow(orgSlug, `/o/${orgSlug}`);
  const scenarios = await listScenarios(access.org.id);

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
        {scenarios.length === 0 ? <p>No scenarios yet.</p> : null}
        <ul className="space-y-2">
          {scenarios.map((scenario) => (
            <li key={scenario.id} className="rounded border border-slate-200 bg-white p-3">
              <Link href={`/o/${access.org.slug}/scenarios/${scenario.id}`} className="font-medium">
                {scenario.name}
              </Link>
              <span className="ml-2 text-sm text-slate-500">
                version {scenario.version} · updated {scenario.updatedAt.toISOString().slice(0, 10)}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
