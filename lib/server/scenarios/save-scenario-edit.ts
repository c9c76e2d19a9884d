import "server-only";

import { z } from "zod";

import type { ResolveProblem } from "@/lib/scenario/resolve";

import type { Database } from "../db";

import { getLatestRevision, type RevisionSummary } from "./get-latest-revision";
import { saveScenarioRevision } from "./save-revision";
import { authorizeActor, type AccessDenied, type Actor } from "./scenario-access";

export const saveEditSchema = z.object({
  scenarioId: z.string().min(1),
  expectedVersion: z.int().min(0),
  inputs: z.unknown(),
  message: z.string().trim().max(500, "Use at most 500 characters for the message.").optional(),
});

export type SaveEditResult =
  | { status: "saved"; version: number; revisionId: string }
  /** `latest` is the revision that moved the scenario on, for the conflict view. */
  | { status: "conflict"; currentVersion: number; latest: RevisionSummary }
  | { status: "invalid"; problems: ResolveProblem[] }
  | AccessDenied;

/**
 * Saves the editor's inputs as a new revision if the scenario is still at `expectedVersion`.
 * Otherwise returns the latest revision, so that the editor can show what the other person
 * changed and let this person re-apply their own edits on top of it. Requires `scenario:edit`.
 */
export async function saveScenarioEdit(
  database: Database,
  actor: Actor,
  unverifiedOrgSlug: string,
  input: z.input<typeof saveEditSchema>,
  today: string,
): Promise<SaveEditResult> {
  const authorized = await authorizeActor(database, actor, unverifiedOrgSlug, "scenario:edit");
  if (authorized.status !== "ok") return authorized;
  const { org } = authorized.access;

  const parsed = saveEditSchema.safeParse(input);
  if (!parsed.success) {
    return { status: "invalid", problems: parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })) };
  }

  const scenario = await database.scenario.findFirst({ where: { id: parsed.data.scenarioId, orgId: org.id, archivedAt: null }, select: { id: true } });
  if (!scenario) return { status: "not-found" };

  const saved = await saveScenarioRevision(database, {
    orgId: org.id,
    scenarioId: scenario.id,
    authorId: actor.id,
    expectedVersion: parsed.data.expectedVersion,
    inputs: parsed.data.inputs,
    message: parsed.data.message,
    today,
  });
  if (saved.status !== "conflict") return saved;

  const latest = await getLatestRevision(database, org.id, scenario.id);
  if (!latest) return { status: "not-found" };

  return { status: "conflict", currentVersion: saved.currentVersion, latest };
}
