import "server-only";

import { getDatabase } from "../db";

import { recordShareLinkViews } from "./find-share-link";
import { ViewCounter } from "./view-counter";

const holder = globalThis as unknown as { tcoShareViewCounter?: ViewCounter };

/** Counts one view of a shared report; concurrent views of one link are written as one increment. */
export function countShareLinkView(linkId: string, now: Date): Promise<void> {
  holder.tcoShareViewCounter ??= new ViewCounter(async (id, views, lastViewedAt) => recordShareLinkViews(await getDatabase(), id, views, lastViewedAt));

  return holder.tcoShareViewCounter.record(linkId, now);
}
