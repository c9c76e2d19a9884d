import { createElement } from "react";
import { describe, expect, it } from "vitest";

import { AuditDetails } from "./audit-details";
import { renderStaticMarkup } from "./report/render-static-markup";

describe("AuditDetails", () => {
  it("isolates user text that carries a right-to-left override", () => {
    const markup = renderStaticMarkup(createElement(AuditDetails, { details: { before: { name: "Plan" }, after: { name: "Plan \u202Egnp.exe" }, actor: "x\u202Ey" } }));

    expect(markup).toContain("<bdi>Plan \u202Egnp.exe</bdi>");
    expect(markup).toContain("<bdi>x\u202Ey</bdi>");
  });
});
