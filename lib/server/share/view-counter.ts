import "server-only";

import { logger } from "../logger";

/**
 * Counts views of shared reports without a row-lock queue: while one UPDATE of a link's counter
 * is in flight, further views of that link accumulate in memory and go out as one increment when
 * it completes. Under light load every view is written at once. Views still pending when the
 * process stops are lost; the count is a popularity figure, not an audit record.
 */
export class ViewCounter {
  private readonly pending = new Map<string, { views: number; lastViewedAt: Date }>();
  private readonly inFlight = new Set<string>();

  constructor(private readonly write: (linkId: string, views: number, lastViewedAt: Date) => Promise<void>) {}

  record(linkId: string, now: Date): Promise<void> {
    const entry = this.pending.get(linkId);
    this.pending.set(linkId, { views: (entry?.views ?? 0) + 1, lastViewedAt: now });
    if (this.inFlight.has(linkId)) return Promise.resolve();

    return this.flush(linkId);
  }

  private async flush(linkId: string): Promise<void> {
    const entry = this.pending.get(linkId);
    if (!entry) return;

    this.pending.delete(linkId);
    this.inFlight.add(linkId);
    try {
      await this.write(linkId, entry.views, entry.lastViewedAt);
    } catch (error) {
      logger.error({ err: error, linkId, views: entry.views }, "counting share link views failed");
    } finally {
      this.inFlight.delete(linkId);
    }
    // Views that arrived meanwhile go out next, and no request waits for them. Otherwise, under
    // steady load, the first viewer's response would wait for every later batch.
    if (this.pending.has(linkId)) void this.flush(linkId);
  }
}
