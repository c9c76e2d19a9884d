import "server-only";

import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, base64url: 43 characters. */
const TOKEN_BYTES = 32;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** SHA-256 (hex) of a share token: the only form in which a token is stored. */
export function hashShareToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Creates a share token and its hash; the token is shown once to its creator and never stored. */
export function generateShareToken(): { token: string; tokenHash: string } {
  const token = randomBytes(TOKEN_BYTES).toString("base64url");

  return { token, tokenHash: hashShareToken(token) };
}

/** True for a string shaped like a token, so malformed paths skip the database lookup. */
export function isWellFormedShareToken(unverifiedToken: string): boolean {
  return TOKEN_PATTERN.test(unverifiedToken);
}
