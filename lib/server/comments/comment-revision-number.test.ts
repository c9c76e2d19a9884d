import { describe, expect, it } from "vitest";

import { commentRevisionNumberSchema } from "./manage-comments";

describe("commentRevisionNumberSchema", () => {
  it("reads empty as no revision", () => {
    expect(commentRevisionNumberSchema.parse("")).toBeNull();
  });

  it("reads a positive whole number", () => {
    expect(commentRevisionNumberSchema.parse("3")).toBe(3);
  });

  it.each(["abc", "1.5", "0", "-2", "3abc"])("rejects %j with a message", (text) => {
    const result = commentRevisionNumberSchema.safeParse(text);

    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe("The revision must be a whole number such as 3, or empty.");
  });
});
