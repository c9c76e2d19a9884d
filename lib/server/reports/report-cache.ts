import "server-only";

import type { ReportData } from "@/lib/report/report-data";

/**
 * A bounded map that drops the least recently used entry first. Each server instance has its
 * own report caches below. Their keys carry the revision id and the organization's catalog
 * version, so a new revision or a catalog change makes old entries unreachable instead of
 * stale, and unreachable entries age out.
 *
 * NOTE: this relies on every write to the catalog, the teams or the currency incrementing
 * `Organization.catalogVersion`; a write that does not leaves reports cached with old values.
 */
export class LruCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly maxEntries = 500) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;

    // Re-inserting moves the key to the end of the Map's insertion order: most recently used.
    this.entries.delete(key);
    this.entries.set(key, value);

    return value;
  }

  set(key: string, value: V): void {
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

const holder = globalThis as unknown as { tcoReportCache?: LruCache<ReportData>; tcoReportHtmlCache?: LruCache<string> };

/** Computed report data by `reportCacheKey`. */
export function getReportCache(): LruCache<ReportData> {
  holder.tcoReportCache ??= new LruCache<ReportData>(500);

  return holder.tcoReportCache;
}

/** Rendered report bodies (HTML) by `reportCacheKey`; a body does not depend on the scenario's name. */
export function getReportHtmlCache(): LruCache<string> {
  holder.tcoReportHtmlCache ??= new LruCache<string>(500);

  return holder.tcoReportHtmlCache;
}
