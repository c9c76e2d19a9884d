"use server";

import { randomUUID } from "node:crypto";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { assertCan, findOrgAccess, ForbiddenError, getCurrentUser } from "../access";
import { getDatabase } from "../db";
import { logger } from "../logger";
import { createShareLink, shareLinkFormSchema } from "../share/create-share-link";
import { revokeShareLink } from "../share/revoke-share-link";

type ShareField = "label" | "follow" | "expiresOn" | "hideUnitPrices";

export interface ShareLinkFormState {
  values: { label: string; follow: string; expiresOn: string; hideUnitPrices: boolean };
  fieldErrors?: Partial<Record<ShareField, string>>;
  formError?: string;
  /** Path of the new link, `/r/<token>`; shown once, because only the token's hash is stored. */
  createdPath?: string;
  /** Note on the revision the new link pins, when a newer one was saved after the form was shown. */
  notice?: string;
}

export interface RevokeShareLinkState {
  error?: string;
  message?: string;
}

const NOT_ALLOWED = "This scenario is not available to you, or your role does not allow sharing it.";

export async function createShareLinkAction(_previous: ShareLinkFormState, formData: FormData): Promise<ShareLinkFormState> {
  const values = {
    label: String(formData.get("label") ?? ""),
    follow: String(formData.get("follow") ?? ""),
    expiresOn: String(formData.get("expiresOn") ?? ""),
    hideUnitPrices: formData.get("hideUnitPrices") === "on",
  };
  const revisionNumber = String(formData.get("revisionNumber") ?? "");
  const unverifiedOrgSlug = String(formData.get("orgSlug") ?? "");
  const scenarioId = String(formData.get("scenarioId") ?? "");

  const user = await getCurrentUser();
  if (!user) return { values, formError: "Your session has ended. Sign in again; what you typed is kept here." };
  const access = await findOrgAccess(user, unverifiedOrgSlug);
  if (!access || !access.can("share:manage")) return { values, formError: NOT_ALLOWED };

  const parsed = shareLinkFormSchema.safeParse({ ...values, revisionNumber });
  if (!parsed.success) {
    const errors = z.flattenError(parsed.error).fieldErrors;

    return {
      values,
      fieldErrors: { label: errors.label?.[0], follow: errors.follow?.[0], expiresOn: errors.expiresOn?.[0] },
      formError: errors.revisionNumber?.[0],
    };
  }

  const requestId = randomUUID();
  const log = logger.child({ requestId, userId: user.id, orgId: access.org.id, scenarioId });
  try {
    const database = await getDatabase();
    const result = await createShareLink(database, { orgId: access.org.id, scenarioId, actorId: user.id, form: parsed.data, now: new Date() });
    if (result.status === "not-found") {
      return { values, formError: `This scenario has no revision ${parsed.data.revisionNumber} to share, or it is archived. Reload the page.` };
    }
    if (result.status === "invalid") return { values, fieldErrors: { [result.field]: result.message } };

    log.info({ linkId: result.linkId, hideUnitPrices: parsed.data.hideUnitPrices }, "share link created");
    revalidatePath(`/o/${access.org.slug}/scenarios/${scenarioId}/share`);

    const notice =
      result.revisionNumber !== null && result.revisionNumber < result.latestRevisionNumber
        ? `The link shows revision ${result.revisionNumber}, the one on this page. Someone has saved revision ${result.latestRevisionNumber} since; reload the page to share that one.`
        : undefined;

    return { values: { label: "", follow: values.follow, expiresOn: "", hideUnitPrices: values.hideUnitPrices }, createdPath: `/r/${result.token}`, notice };
  } catch (error) {
    log.error({ err: error }, "creating a share link failed");

    return { values, formError: `The link could not be created. Try again; reference ${requestId}.` };
  }
}

export async function revokeShareLinkAction(_previous: RevokeShareLinkState, formData: FormData): Promise<RevokeShareLinkState> {
  const unverifiedOrgSlug = String(formData.get("orgSlug") ?? "");
  const scenarioId = String(formData.get("scenarioId") ?? "");
  const linkId = String(formData.get("linkId") ?? "");

  const user = await getCurrentUser();
  if (!user) return { error: "Your session has ended. Sign in again." };
  const access = await findOrgAccess(user, unverifiedOrgSlug);
  if (!access) return { error: NOT_ALLOWED };

  const requestId = randomUUID();
  const log = logger.child({ requestId, userId: user.id, orgId: access.org.id, scenarioId, linkId });
  try {
    assertCan(access, "share:manage");

    const revoked = await revokeShareLink(await getDatabase(), { orgId: access.org.id, linkId, actorId: user.id, now: new Date() });
    log.info({ revoked }, "share link revoke requested");
    revalidatePath(`/o/${access.org.slug}/scenarios/${scenarioId}/share`);

    return revoked ? { message: "Link revoked." } : { error: "This link was not found or is revoked already." };
  } catch (error) {
    if (error instanceof ForbiddenError) return { error: NOT_ALLOWED };
    log.error({ err: error }, "revoking a share link failed");

    return { error: `The link could not be revoked. Try again; reference ${requestId}.` };
  }
}
