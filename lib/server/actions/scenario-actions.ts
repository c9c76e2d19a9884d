"use server";

import { randomUUID } from "node:crypto";

import { redirect } from "next/navigation";

import { getCurrentUser } from "../access";
import { getDatabase } from "../db";
import { logger } from "../logger";
import { archiveScenario } from "../scenarios/archive-scenario";
import { createScenario } from "../scenarios/create-scenario";
import { duplicateScenario } from "../scenarios/duplicate-scenario";
import { restoreScenarioRevision } from "../scenarios/restore-scenario-revision";
import { saveScenarioEdit, type SaveEditResult } from "../scenarios/save-scenario-edit";
import type { AccessDenied } from "../scenarios/scenario-access";
import { unarchiveScenario } from "../scenarios/unarchive-scenario";

const SIGNED_OUT = "Your session has ended. Sign in again in another tab; what you typed is kept here.";

const today = () => new Date().toISOString().slice(0, 10);

/** Builds the message of a refused access check; a non-member gets the same "not found" as for a missing scenario. */
function deniedMessage(result: AccessDenied): string {
  return result.status === "forbidden" ? "Your role in this organization does not allow this." : "This scenario was not found.";
}

/** Runs an operation with a request id; an unexpected error is logged and shown as a generic message with that id. */
async function withRequestId<T>(action: string, context: Record<string, unknown>, work: () => Promise<T>): Promise<T | { status: "error"; message: string }> {
  const requestId = randomUUID();
  try {
    return await work();
  } catch (error) {
    logger.error({ requestId, action, ...context, err: error }, "scenario action failed");

    return { status: "error", message: `Something went wrong on the server. Try again; reference ${requestId}.` };
  }
}

export interface CreateScenarioFormState {
  values: { name: string; description: string };
  fieldErrors?: Partial<Record<"name" | "description", string>>;
  formError?: string;
}

export async function createScenarioAction(orgSlug: string, _previous: CreateScenarioFormState, formData: FormData): Promise<CreateScenarioFormState> {
  const values = { name: String(formData.get("name") ?? ""), description: String(formData.get("description") ?? "") };
  const user = await getCurrentUser();
  if (!user) return { values, formError: SIGNED_OUT };

  const result = await withRequestId("createScenario", { userId: user.id }, async () => createScenario(await getDatabase(), user, orgSlug, values, today()));
  if (result.status === "error") return { values, formError: result.message };
  if (result.status === "invalid") return { values, fieldErrors: result.fieldErrors, formError: result.formError };
  if (result.status !== "created") return { values, formError: deniedMessage(result) };

  redirect(`/o/${encodeURIComponent(orgSlug)}/scenarios/${result.scenarioId}/edit`);
}

export type SaveScenarioActionResult = SaveEditResult | { status: "error"; message: string } | { status: "signed-out"; message: string };

/** Saves the editor's inputs; the editor keeps its state whatever comes back. */
export async function saveScenarioAction(
  orgSlug: string,
  payload: { scenarioId: string; expectedVersion: number; inputs: unknown; message?: string },
): Promise<SaveScenarioActionResult> {
  const user = await getCurrentUser();
  if (!user) return { status: "signed-out", message: SIGNED_OUT };

  return withRequestId("saveScenario", { userId: user.id, scenarioId: payload.scenarioId }, async () =>
    saveScenarioEdit(await getDatabase(), user, orgSlug, payload, today()),
  );
}

export interface ScenarioCommandState {
  message?: string;
}

export async function restoreRevisionAction(
  orgSlug: string,
  scenarioId: string,
  revisionNumber: number,
  expectedVersion: number,
  _previous: ScenarioCommandState,
): Promise<ScenarioCommandState> {
  const user = await getCurrentUser();
  if (!user) return { message: SIGNED_OUT };

  const result = await withRequestId("restoreRevision", { userId: user.id, scenarioId }, async () =>
    restoreScenarioRevision(await getDatabase(), user, orgSlug, { scenarioId, revisionNumber, expectedVersion }, today()),
  );
  if (result.status === "error") return { message: result.message };
  if (result.status === "conflict") return { message: `Someone saved version ${result.currentVersion} meanwhile. Reload the page to see it, then restore again.` };
  if (result.status === "invalid") {
    return { message: `Revision ${revisionNumber} cannot be priced with today's catalog: ${result.problems.map((problem) => `${problem.path} ${problem.message}`).join(" ")}` };
  }
  if (result.status !== "saved") return { message: deniedMessage(result) };

  redirect(`/o/${encodeURIComponent(orgSlug)}/scenarios/${scenarioId}/history`);
}

export async function duplicateScenarioAction(orgSlug: string, scenarioId: string, _previous: ScenarioCommandState): Promise<ScenarioCommandState> {
  const user = await getCurrentUser();
  if (!user) return { message: SIGNED_OUT };

  const result = await withRequestId("duplicateScenario", { userId: user.id, scenarioId }, async () =>
    duplicateScenario(await getDatabase(), user, orgSlug, { scenarioId }, today()),
  );
  if (result.status === "error" || result.status === "invalid") return { message: result.message };
  if (result.status !== "created") return { message: deniedMessage(result) };

  redirect(`/o/${encodeURIComponent(orgSlug)}/scenarios/${result.scenarioId}/edit`);
}

export async function archiveScenarioAction(orgSlug: string, scenarioId: string, _previous: ScenarioCommandState): Promise<ScenarioCommandState> {
  const user = await getCurrentUser();
  if (!user) return { message: SIGNED_OUT };

  const result = await withRequestId("archiveScenario", { userId: user.id, scenarioId }, async () =>
    archiveScenario(await getDatabase(), user, orgSlug, { scenarioId }),
  );
  if (result.status === "error") return { message: result.message };
  if (result.status !== "archived") return { message: deniedMessage(result) };

  redirect(`/o/${encodeURIComponent(orgSlug)}`);
}

export async function unarchiveScenarioAction(orgSlug: string, scenarioId: string, _previous: ScenarioCommandState): Promise<ScenarioCommandState> {
  const user = await getCurrentUser();
  if (!user) return { message: SIGNED_OUT };

  const result = await withRequestId("unarchiveScenario", { userId: user.id, scenarioId }, async () =>
    unarchiveScenario(await getDatabase(), user, orgSlug, { scenarioId }),
  );
  if (result.status === "error") return { message: result.message };
  if (result.status !== "unarchived") return { message: deniedMessage(result) };

  redirect(`/o/${encodeURIComponent(orgSlug)}/scenarios/${scenarioId}/history`);
}
