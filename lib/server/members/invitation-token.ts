import "server-only";

import { createHash, randomBytes } from "node:crypto";

/** Invitations expire this long after they are sent. */
export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/** Returns a new invitation token: 256 random bits, base64url. Only its hash is stored. */
export function generateInvitationToken(): string {
  return randomBytes(32).toString("base64url");
}

/** SHA-256 (hex) of a token, the only form in which the database keeps it. */
export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
