import { describe, expect, it } from "vitest";

import { wrapLabel } from "./wrap-label";

describe("wrapLabel", () => {
  it("keeps a short label on one line", () => {
    expect(wrapLabel("Adoption", 44)).toEqual(["Adoption"]);
  });

  it("wraps a long label onto two lines at a space", () => {
    expect(wrapLabel("Design verification: queries per engineer per day", 30)).toEqual(["Design verification: queries", "per engineer per day"]);
  });

  it("ends a label longer than two lines with an ellipsis", () => {
    const lines = wrapLabel("one two three four five six seven eight", 9);

    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith("…")).toBe(true);
    expect(lines.every((line) => line.length <= 9)).toBe(true);
  });

  it("cuts a single word longer than a line", () => {
    expect(wrapLabel("Supercalifragilistic", 10)).toEqual(["Supercali…"]);
  });
});
