import "server-only";

import type { ReportData } from "@/lib/report/report-data";

/**
 * Computed reports, least recently used first out. Each server instance has its own cache; the
 * key carries the revision id and the organization's catalog version, so a new revision or a
 * catalog change makes old entries unreachable instead of stale, and they age out.
 */
export class ReportCache {
  private readonly entries = new Map<string, ReportData>();

  constructor(private readonly maxEntries = 500) {}

  get(key: string): ReportData | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;

    // Re-inserting moves the key to the end of the Map's insertion order: most recently used.
    this.entries.delete(key);
    this.entries.set(key, value);

    return value;
  }

  set(key: string, value: ReportData): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

export interface ReportCacheKey {
  /** "current" resolves the revision's inputs against today's catalog; "pinned" uses the values stored with it. */
  mode: "current" | "pinned";
  revisionId: string;
  catalogVersion: number;
  hideUnitPrices: boolean;
  /** The date a current report resolves prices on, when the inputs leave "prices as of" open. */
  today: string;
}

export function reportCacheKey(key: ReportCacheKey): string {
  return [key.mode, key.revisionId, key.catalogVersion, key.hideUnitPrices ? "hidden" : "shown", key.mode === "current" ? key.today : ""].join(":");
}

const holder = globalThis as unknown as { tcoReportCache?: ReportCache };

export function getReportCache(): ReportCache {
  holder.tcoReportCache ??= new ReportCache(500);

  return holder.tcoReportCache;
}
