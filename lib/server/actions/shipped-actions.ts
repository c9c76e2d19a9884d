"use server";

import { randomUUID } from "node:crypto";

import { redirect } from "next/navigation";

import type { ShippedKind } from "@/lib/catalog/compare-shipped";

import { findOrgAccess, getCurrentUser } from "../access";
import { takeShippedUpdate } from "../catalog/take-shipped-update";
import { getDatabase } from "../db";
import { logger } from "../logger";

export interface TakeShippedState {
  error?: string;
}

const KINDS: readonly ShippedKind[] = ["apiModel", "seatPlan", "gpuPrice", "profile"];

/** Takes one shipped catalog entry over into the organization's catalog. */
export async function takeShippedUpdateAction(_previous: TakeShippedState, formData: FormData): Promise<TakeShippedState> {
  const user = await getCurrentUser();
  if (!user) return { error: "Your session has ended. Sign in again." };

  const access = await findOrgAccess(user, String(formData.get("orgSlug") ?? ""));
  if (!access) return { error: "This organization was not found." };
  if (!access.can("catalog:edit")) return { error: "Your role can read this catalog but not change it. Ask an owner for the editor role." };

  const kind = String(formData.get("kind") ?? "") as ShippedKind;
  const key = String(formData.get("key") ?? "");
  // Empty for an entry the organization did not have when the page was shown.
  const expectedUpdatedAt = String(formData.get("expectedUpdatedAt") ?? "") || null;
  if (!KINDS.includes(kind) || !key) return { error: "The form is incomplete. Reload the page and try again." };

  const requestId = randomUUID();
  const context = { requestId, userId: user.id, orgId: access.org.id, kind, key };
  try {
    const result = await takeShippedUpdate(await getDatabase(), { orgId: access.org.id, actorId: user.id, kind, key, today: new Date().toISOString().slice(0, 10), expectedUpdatedAt });
    if (result.status === "retired") return { error: "This entry is retired in your catalog. Restore it first." };
    if (result.status === "not-found") return { error: "The shipped catalog has no such entry." };
    if (result.status === "conflict") {
      return { error: "This entry changed after the comparison was shown (another person edited it), so nothing was taken. Reload the page and compare again." };
    }
    logger.info({ ...context, status: result.status }, "shipped catalog entry taken");
  } catch (error) {
    logger.error({ ...context, err: error }, "taking a shipped catalog entry failed");

    return { error: `The update could not be saved. Try again; reference ${requestId}.` };
  }

  redirect(`/o/${access.org.slug}/catalog/compare`);
}
