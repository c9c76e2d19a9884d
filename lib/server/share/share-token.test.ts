import { createHash } from "node:crypto";

import { describe, expect, it } from "vitest";

import { generateShareToken, hashShareToken, isWellFormedShareToken } from "./share-token";

describe("generateShareToken", () => {
  it("makes 256-bit base64url tokens", () => {
    const { token } = generateShareToken();

    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
  });

  it("returns the SHA-256 of the token as its hash", () => {
    const { token, tokenHash } = generateShareToken();

    expect(tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(tokenHash).not.toContain(token);
  });

  it("never repeats a token", () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => generateShareToken().token));

    expect(tokens.size).toBe(1000);
  });
});

describe("hashShareToken", () => {
  it("is stable and differs between tokens", () => {
    expect(hashShareToken("a")).toBe(hashShareToken("a"));
    expect(hashShareToken("a")).not.toBe(hashShareToken("b"));
    expect(hashShareToken("a")).toHaveLength(64);
  });
});

describe("isWellFormedShareToken", () => {
  it.each([
    [generateShareToken().token, true],
    ["short", false],
    ["a".repeat(44), false],
    [`${"a".repeat(42)}/`, false],
  ])("%s is well formed: %s", (token, expected) => {
    expect(isWellFormedShareToken(token)).toBe(expected);
  });
});
