"use server";

import { randomUUID } from "node:crypto";

import { revalidatePath } from "next/cache";

import { getCurrentUser } from "../access";
import { commentRevisionNumberSchema, createComment, deleteComment, updateComment, type CommentResult } from "../comments/manage-comments";
import { getDatabase } from "../db";
import { logger } from "../logger";

export interface CommentFormState {
  body: string;
  error?: string;
  /** Increases after each successful post, so the form can clear itself. */
  posted?: number;
}

function messageOf(result: CommentResult): string | undefined {
  if (result.status === "ok") return undefined;
  if (result.status === "invalid") return result.message;
  if (result.status === "forbidden") return "You can change only your own comments.";

  return "This comment or scenario was not found.";
}

async function runCommentAction(action: string, orgSlug: string, scenarioId: string, body: string, work: (user: NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>) => Promise<CommentResult>, previous: CommentFormState): Promise<CommentFormState> {
  const user = await getCurrentUser();
  if (!user) return { body, error: "Your session has ended. Sign in again; your text is kept here." };

  const requestId = randomUUID();
  try {
    const result = await work(user);
    const error = messageOf(result);
    if (error) return { body, error };
  } catch (error) {
    logger.error({ requestId, action, userId: user.id, scenarioId, err: error }, "comment action failed");

    return { body, error: `Something went wrong on the server. Try again; reference ${requestId}.` };
  }
  revalidatePath(`/o/${orgSlug}/scenarios/${scenarioId}/history`);

  return { body: "", posted: (previous.posted ?? 0) + 1 };
}

export async function createCommentAction(orgSlug: string, scenarioId: string, previous: CommentFormState, formData: FormData): Promise<CommentFormState> {
  const body = String(formData.get("body") ?? "");
  const revisionNumber = commentRevisionNumberSchema.safeParse(String(formData.get("revisionNumber") ?? ""));
  if (!revisionNumber.success) return { body, error: revisionNumber.error.issues[0].message };

  return runCommentAction(
    "createComment",
    orgSlug,
    scenarioId,
    body,
    async (user) => createComment(await getDatabase(), user, orgSlug, { scenarioId, body, revisionNumber: revisionNumber.data }),
    previous,
  );
}

export async function updateCommentAction(orgSlug: string, scenarioId: string, commentId: string, previous: CommentFormState, formData: FormData): Promise<CommentFormState> {
  const body = String(formData.get("body") ?? "");

  return runCommentAction("updateComment", orgSlug, scenarioId, body, async (user) => updateComment(await getDatabase(), user, orgSlug, { commentId, body }), previous);
}

export async function deleteCommentAction(orgSlug: string, scenarioId: string, commentId: string, previous: CommentFormState): Promise<CommentFormState> {
  return runCommentAction("deleteComment", orgSlug, scenarioId, "", async (user) => deleteComment(await getDatabase(), user, orgSlug, { commentId }), previous);
}
