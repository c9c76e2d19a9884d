import "server-only";

import { z } from "zod";

import type { Database } from "../db";
import { can } from "../permissions";
import { authorizeActor, type AccessDenied, type Actor } from "../scenarios/scenario-access";

export const commentBodySchema = z.string().trim().min(1, "Write something before posting.").max(5000, "Use at most 5,000 characters.");

const REVISION_NUMBER_MESSAGE = "The revision must be a whole number such as 3, or empty.";

/** The revision a comment is about, from its form field: empty for the scenario as a whole. */
export const commentRevisionNumberSchema = z
  .string()
  .trim()
  .refine((text) => text === "" || (/^\d+$/.test(text) && Number(text) > 0 && Number.isSafeInteger(Number(text))), REVISION_NUMBER_MESSAGE)
  .transform((text) => (text === "" ? null : Number(text)));

export type CommentResult = { status: "ok"; commentId: string } | { status: "invalid"; message: string } | AccessDenied;

/** Posts a comment on a scenario, optionally about one of its revisions. Requires `comment:create` (viewers too). */
export async function createComment(
  database: Database,
  actor: Actor,
  unverifiedOrgSlug: string,
  input: { scenarioId: string; body: string; revisionNumber?: number | null },
): Promise<CommentResult> {
  const authorized = await authorizeActor(database, actor, unverifiedOrgSlug, "comment:create");
  if (authorized.status !== "ok") return authorized;
  const { org } = authorized.access;

  const body = commentBodySchema.safeParse(input.body);
  if (!body.success) return { status: "invalid", message: body.error.issues[0].message };

  const scenario = await database.scenario.findFirst({ where: { id: input.scenarioId, orgId: org.id }, select: { id: true } });
  if (!scenario) return { status: "not-found" };
  const revision =
    input.revisionNumber == null
      ? null
      : await database.scenarioRevision.findFirst({ where: { orgId: org.id, scenarioId: scenario.id, number: input.revisionNumber }, select: { id: true } });
  if (input.revisionNumber != null && !revision) return { status: "invalid", message: `Revision ${input.revisionNumber} does not exist.` };

  return database.$transaction(async (transaction) => {
    const comment = await transaction.comment.create({
      data: { orgId: org.id, scenarioId: scenario.id, revisionId: revision?.id ?? null, authorId: actor.id, body: body.data },
      select: { id: true },
    });
    await transaction.auditEvent.create({
      data: {
        orgId: org.id,
        actorId: actor.id,
        action: "comment.created",
        targetType: "scenario",
        targetId: scenario.id,
        details: { commentId: comment.id, revisionNumber: input.revisionNumber ?? null, after: { body: body.data } },
      },
    });

    return { status: "ok" as const, commentId: comment.id };
  });
}

/**
 * Loads a comment the actor may change: their own, or for deletion any comment when the role has
 * `comment:moderate`. Returns forbidden for another person's comment and not-found for a missing one.
 */
async function findChangeableComment(database: Database, orgId: string, actor: Actor, role: string, commentId: string, moderate: boolean) {
  const comment = await database.comment.findFirst({ where: { id: commentId, orgId }, select: { id: true, authorId: true, body: true, scenarioId: true } });
  if (!comment) return { status: "not-found" as const };
  if (comment.authorId !== actor.id && !(moderate && can(role, "comment:moderate"))) return { status: "forbidden" as const, permission: "comment:moderate" as const };

  return { status: "ok" as const, comment };
}

/** Changes the text of one's own comment. */
export async function updateComment(
  database: Database,
  actor: Actor,
  unverifiedOrgSlug: string,
  input: { commentId: string; body: string },
): Promise<CommentResult> {
  const authorized = await authorizeActor(database, actor, unverifiedOrgSlug, "comment:create");
  if (authorized.status !== "ok") return authorized;
  const { org, role } = authorized.access;

  const body = commentBodySchema.safeParse(input.body);
  if (!body.success) return { status: "invalid", message: body.error.issues[0].message };
  const found = await findChangeableComment(database, org.id, actor, role, input.commentId, false);
  if (found.status !== "ok") return found;

  return database.$transaction(async (transaction) => {
    await transaction.comment.updateMany({ where: { id: found.comment.id, orgId: org.id }, data: { body: body.data } });
    await transaction.auditEvent.create({
      data: {
        orgId: org.id,
        actorId: actor.id,
        action: "comment.updated",
        targetType: "scenario",
        targetId: found.comment.scenarioId,
        details: { commentId: found.comment.id, before: { body: found.comment.body }, after: { body: body.data } },
      },
    });

    return { status: "ok" as const, commentId: found.comment.id };
  });
}

/** Deletes one's own comment; owners (`comment:moderate`) may delete anyone's. */
export async function deleteComment(
  database: Database,
  actor: Actor,
  unverifiedOrgSlug: string,
  input: { commentId: string },
): Promise<CommentResult> {
  const authorized = await authorizeActor(database, actor, unverifiedOrgSlug, "comment:create");
  if (authorized.status !== "ok") return authorized;
  const { org, role } = authorized.access;

  const found = await findChangeableComment(database, org.id, actor, role, input.commentId, true);
  if (found.status !== "ok") return found;

  return database.$transaction(async (transaction) => {
    await transaction.comment.deleteMany({ where: { id: found.comment.id, orgId: org.id } });
    await transaction.auditEvent.create({
      data: {
        orgId: org.id,
        actorId: actor.id,
        action: "comment.deleted",
        targetType: "scenario",
        targetId: found.comment.scenarioId,
        details: { commentId: found.comment.id, authorId: found.comment.authorId, before: { body: found.comment.body } },
      },
    });

    return { status: "ok" as const, commentId: found.comment.id };
  });
}
