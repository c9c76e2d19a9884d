import { describe, expect, it } from "vitest";

import type { ReportData } from "@/lib/report/report-data";

import { LruCache, reportCacheKey } from "./report-cache";

const report = (name: string) => ({ scenario: { name, description: null } }) as ReportData;

describe("LruCache", () => {
  it("evicts the least recently used entry", () => {
    const cache = new LruCache<ReportData>(2);
    cache.set("a", report("a"));
    cache.set("b", report("b"));
    cache.get("a");
    cache.set("c", report("c"));

    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")?.scenario.name).toBe("a");
    expect(cache.get("c")?.scenario.name).toBe("c");
    expect(cache.size).toBe(2);
  });
});

describe("reportCacheKey", () => {
  const base = { mode: "pinned" as const, revisionId: "rev1", catalogVersion: 3, hideUnitPrices: false, today: "2026-12-04" };

  it("differs by catalog version and hidden prices", () => {
    const keys = new Set([
      reportCacheKey(base),
      reportCacheKey({ ...base, catalogVersion: 4 }),
      reportCacheKey({ ...base, hideUnitPrices: true }),
      reportCacheKey({ ...base, mode: "current" }),
    ]);

    expect(keys.size).toBe(4);
  });

  it("ignores the date for pinned reports only", () => {
    expect(reportCacheKey(base)).toBe(reportCacheKey({ ...base, today: "2026-12-05" }));
    expect(reportCacheKey({ ...base, mode: "current" })).not.toBe(reportCacheKey({ ...base, mode: "current", today: "2026-12-05" }));
  });
});
