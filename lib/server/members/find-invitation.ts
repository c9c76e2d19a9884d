import "server-only";

import type { Database } from "../db";

import { hashInvitationToken } from "./invitation-token";

export type InvitationState = "open" | "accepted" | "revoked" | "expired";

/** Finds an invitation by the token of its link; null when no invitation has that token. */
export async function findInvitationByToken(database: Database, token: string, now: Date) {
  const invitation = await database.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { id: true, email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true, org: { select: { id: true, slug: true, name: true } } },
  });
  if (!invitation) return null;

  let state: InvitationState = "open";
  if (invitation.acceptedAt) state = "accepted";
  else if (invitation.revokedAt) state = "revoked";
  else if (invitation.expiresAt <= now) state = "expired";

  return { ...invitation, state };
}
