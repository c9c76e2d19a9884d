import { describe, expect, it } from "vitest";

import { safeReturnPath } from "./safe-return-path";

describe("safeReturnPath", () => {
  it.each([
    ["/o/demo-chip-co", "/o/demo-chip-co"],
    ["/o/demo/scenarios/1?revision=2#charts", "/o/demo/scenarios/1?revision=2#charts"],
    ["/", "/"],
  ])("keeps the site path %s", (value, expected) => {
    expect(safeReturnPath(value)).toBe(expected);
  });

  it.each([
    ["https://evil.example/login"],
    ["//evil.example/login"],
    ["/\\evil.example/login"],
    ["/\t/evil.example"],
    ["/\n/evil.example"],
    ["javascript:alert(1)"],
    [""],
    ["relative/path"],
  ])("rejects %j", (value) => {
    expect(safeReturnPath(value)).toBe("/");
  });

  it("rejects values that are not strings", () => {
    expect(safeReturnPath(["/a", "/b"])).toBe("/");
    expect(safeReturnPath(undefined)).toBe("/");
    expect(safeReturnPath(null)).toBe("/");
  });
});
