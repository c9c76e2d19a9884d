import { describe, expect, it } from "vitest";

import { redactEmails } from "./logger";

describe("redactEmails", () => {
  it("hides the local part of each address", () => {
    const message = "550 rejected: <ada.lovelace@example.com>, bob@corp.example.org";

    expect(redactEmails(message)).toBe("550 rejected: <***@example.com>, ***@corp.example.org");
  });

  it("leaves scoped package paths alone", () => {
    const stack = "at file:///app/node_modules/@vitest/runner/dist/chunk.js:1:2";

    expect(redactEmails(stack)).toBe(stack);
  });

  it("leaves text without addresses alone", () => {
    expect(redactEmails("connect ECONNREFUSED 127.0.0.1:587")).toBe("connect ECONNREFUSED 127.0.0.1:587");
  });
});
