import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";

import { ScenarioEditor } from "@/components/scenario-editor/scenario-editor";
import { ScenarioNav } from "@/components/scenario-nav";
import { getOrgAccessOrThrow } from "@/lib/server/access";
import { loadCatalogSnapshot } from "@/lib/server/catalog/load-catalog";
import { getDatabase } from "@/lib/server/db";
import { getLatestRevision } from "@/lib/server/scenarios/get-latest-revision";
import { getScenario } from "@/lib/server/scenarios/get-scenario";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orgSlug: string; scenarioId: string }> };

const loadEditor = cache(async (orgSlug: string, scenarioId: string) => {
  const access = await getOrgAccessOrThrow(orgSlug, `/o/${orgSlug}/scenarios/${scenarioId}/edit`, "scenario:edit");
  const database = await getDatabase();
  const scenario = await getScenario(database, access.org.id, scenarioId);
  const latest = scenario && !scenario.archivedAt ? await getLatestRevision(database, access.org.id, scenario.id) : null;
  if (!scenario || !latest) notFound();

  return { access, scenario, latest, catalog: await loadCatalogSnapshot(database, access.org.id) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { orgSlug, scenarioId } = await params;
  const { scenario } = await loadEditor(orgSlug, scenarioId);

  return { title: `Edit ${scenario.name}` };
}

export default async function EditScenarioPage({ params }: Props) {
  const { orgSlug, scenarioId } = await params;
  const { access, scenario, latest, catalog } = await loadEditor(orgSlug, scenarioId);

  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <p className="text-sm">
          <Link href={`/o/${access.org.slug}`}>{access.org.name}</Link>
        </p>
        <h1>Edit {scenario.name}</h1>
        <ScenarioNav orgSlug={access.org.slug} scenarioId={scenario.id} current="edit" canEdit />
      </div>
      {latest.inputs === null ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-4 text-red-900" data-testid="revision-problem">
          {latest.readProblem} Restore an earlier revision from the history to edit this scenario again.
        </p>
      ) : (
        <ScenarioEditor
          // A new revision remounts the editor with its inputs.
          key={latest.number}
          orgSlug={access.org.slug}
          scenarioId={scenario.id}
          scenarioName={scenario.name}
          currency={access.org.currency}
          today={new Date().toISOString().slice(0, 10)}
          initialVersion={latest.number}
          initialInputs={latest.inputs}
          catalog={catalog}
        />
      )}
    </div>
  );
}
