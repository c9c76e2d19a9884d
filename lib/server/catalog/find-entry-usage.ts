import "server-only";

import type { EntryKind } from "@/lib/catalog/entry-schemas";

import type { Database } from "../db";
import type { Transaction } from "./entry-store";

export interface EntryUsage {
  scenarioId: string;
  scenarioName: string;
  archived: boolean;
}

type Source = { type?: string; key?: string; profileKey?: string; trainingGpuKey?: string; servingGpuKey?: string };
type StoredInputs = { teams?: { teamId?: string }[]; options?: { source?: Source }[] };

/** Tells whether one revision's stored inputs name the entry. */
function inputsReferTo(inputs: StoredInputs, kind: EntryKind, identity: string): boolean {
  if (kind === "team") return (inputs.teams ?? []).some((team) => team.teamId === identity);

  return (inputs.options ?? []).some(({ source }) => {
    if (!source) return false;
    if (kind === "apiModel") return source.type === "apiModel" && source.key === identity;
    if (kind === "seatPlan") return source.type === "seatPlan" && source.key === identity;
    if (kind === "profile") return source.type === "selfHosted" && source.profileKey === identity;

    return source.type === "selfHosted" && (source.trainingGpuKey === identity || source.servingGpuKey === identity);
  });
}

/**
 * Lists the scenarios of the organization with at least one revision that refers to the entry
 * (its key, or a team's id). Such an entry may be retired but never deleted, because deleting
 * it would make those revisions unreproducible.
 */
export async function findEntryUsage(database: Database | Transaction, orgId: string, kind: EntryKind, identity: string): Promise<EntryUsage[]> {
  // NOTE: scans every revision's inputs in memory; fine for hundreds of revisions, a JSON index would be needed for far more.
  const revisions = await database.scenarioRevision.findMany({
    where: { orgId },
    select: { scenarioId: true, inputs: true, scenario: { select: { name: true, archivedAt: true } } },
  });

  const usage = new Map<string, EntryUsage>();
  for (const revision of revisions) {
    if (usage.has(revision.scenarioId)) continue;
    if (!inputsReferTo(revision.inputs as StoredInputs, kind, identity)) continue;
    usage.set(revision.scenarioId, {
      scenarioId: revision.scenarioId,
      scenarioName: revision.scenario.name,
      archived: revision.scenario.archivedAt !== null,
    });
  }

  return [...usage.values()].sort((a, b) => a.scenarioName.localeCompare(b.scenarioName));
}
