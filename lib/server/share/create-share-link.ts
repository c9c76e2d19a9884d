import "server-only";

import { z } from "zod";

import type { Database } from "../db";

import { generateShareToken } from "./share-token";

export const shareLinkFormSchema = z.object({
  label: z.string().trim().max(80, "Use at most 80 characters.").optional().transform((value) => value || null),
  follow: z.enum(["revision", "latest"], { error: "Choose whether the link shows this revision or always the latest." }),
  /** Last day the link works, YYYY-MM-DD; empty for no expiry. */
  expiresOn: z.union([z.literal(""), z.iso.date({ error: "Enter a date such as 2027-01-31, or leave it empty for no expiry." })]).optional(),
  hideUnitPrices: z.boolean(),
  /** The revision the form showed; a pinned link pins exactly this one, even when a newer one was saved since. */
  revisionNumber: z.coerce.number({ error: "The revision to share is missing. Reload the page." }).int().positive("The revision to share is missing. Reload the page."),
});

export type ShareLinkForm = z.output<typeof shareLinkFormSchema>;

export type CreateShareLinkResult =
  | {
      status: "created";
      token: string;
      linkId: string;
      /** The pinned revision, or null for a link that follows the latest. */
      revisionNumber: number | null;
      latestRevisionNumber: number;
    }
  | { status: "not-found" }
  | { status: "invalid"; field: "expiresOn"; message: string };

/** End of the day `expiresOn` (UTC), so a link that expires "on" a date works throughout that day. */
export function expiryOf(expiresOn: string | undefined): Date | null {
  if (!expiresOn) return null;

  return new Date(`${expiresOn}T23:59:59.999Z`);
}

/**
 * Creates a share link for a scenario of `orgId`, pinned to the revision `form.revisionNumber`
 * (the one the person reviewed, even if a newer one was saved since) or following the latest,
 * and records it in the audit log. Returns the token once; only its SHA-256 is stored.
 */
export async function createShareLink(
  database: Database,
  request: { orgId: string; scenarioId: string; actorId: string; form: ShareLinkForm; now: Date },
): Promise<CreateShareLinkResult> {
  const { orgId, scenarioId, actorId, form, now } = request;
  const expiresAt = expiryOf(form.expiresOn);
  if (expiresAt && expiresAt <= now) return { status: "invalid", field: "expiresOn", message: "Pick a date from today on, or leave it empty for no expiry." };

  const scenario = await database.scenario.findFirst({
    where: { id: scenarioId, orgId, archivedAt: null },
    select: { id: true, revisions: { orderBy: { number: "desc" }, take: 1, select: { id: true, number: true } } },
  });
  const latest = scenario?.revisions[0];
  if (!scenario || !latest) return { status: "not-found" };

  let pinned: { id: string; number: number } | null = null;
  if (form.follow === "revision") {
    pinned = await database.scenarioRevision.findFirst({ where: { scenarioId, orgId, number: form.revisionNumber }, select: { id: true, number: true } });
    if (!pinned) return { status: "not-found" };
  }

  const { token, tokenHash } = generateShareToken();
  const revisionId = pinned?.id ?? null;

  const link = await database.$transaction(async (transaction) => {
    const created = await transaction.shareLink.create({
      data: { orgId, scenarioId, revisionId, tokenHash, label: form.label, expiresAt, hideUnitPrices: form.hideUnitPrices, createdById: actorId },
      select: { id: true },
    });
    await transaction.auditEvent.create({
      data: {
        orgId,
        actorId,
        action: "share_link.created",
        targetType: "shareLink",
        targetId: created.id,
        details: {
          old: null,
          new: {
            scenarioId,
            label: form.label,
            revisionNumber: pinned?.number ?? null,
            expiresAt: expiresAt?.toISOString() ?? null,
            hideUnitPrices: form.hideUnitPrices,
          },
        },
      },
    });

    return created;
  });

  return { status: "created", token, linkId: link.id, revisionNumber: pinned?.number ?? null, latestRevisionNumber: latest.number };
}
