import { describe, expect, it } from "vitest";

import { ViewCounter } from "./view-counter";

describe("ViewCounter", () => {
  it("writes a single view at once", async () => {
    const writes: [string, number][] = [];
    const counter = new ViewCounter(async (linkId, views) => {
      writes.push([linkId, views]);
    });

    await counter.record("a", new Date());

    expect(writes).toEqual([["a", 1]]);
  });

  it("coalesces views that arrive during a write", async () => {
    const writes: [string, number][] = [];
    let release: () => void = () => {};
    const counter = new ViewCounter(async (linkId, views) => {
      writes.push([linkId, views]);
      if (writes.length === 1) await new Promise<void>((resolve) => (release = resolve));
    });

    const first = counter.record("a", new Date());
    await counter.record("a", new Date());
    await counter.record("a", new Date());
    await counter.record("b", new Date());
    release();
    await first;

    expect(writes).toEqual([
      ["a", 1],
      ["b", 1],
      ["a", 2],
    ]);
  });
});
