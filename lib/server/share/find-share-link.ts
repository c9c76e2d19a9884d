import "server-only";

import type { Database } from "../db";

import { hashShareToken, isWellFormedShareToken } from "./share-token";

export interface ActiveShareLink {
  id: string;
  scenarioId: string;
  /** Null follows the latest revision. */
  revisionId: string | null;
  hideUnitPrices: boolean;
  org: { id: string; currency: string; catalogVersion: number };
}

/**
 * Finds the link a token opens. A missing, expired or revoked token, and a link to an archived
 * scenario, all return null, so the public page returns the same 404 for each.
 */
export async function findActiveShareLink(database: Database, unverifiedToken: string, now: Date): Promise<ActiveShareLink | null> {
  if (!isWellFormedShareToken(unverifiedToken)) return null;

  const link = await database.shareLink.findFirst({
    where: {
      tokenHash: hashShareToken(unverifiedToken),
      revokedAt: null,
      OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
      scenario: { archivedAt: null },
    },
    select: {
      id: true,
      scenarioId: true,
      revisionId: true,
      hideUnitPrices: true,
      scenario: { select: { org: { select: { id: true, currency: true, catalogVersion: true } } } },
    },
  });
  if (!link) return null;

  return { id: link.id, scenarioId: link.scenarioId, revisionId: link.revisionId, hideUnitPrices: link.hideUnitPrices, org: link.scenario.org };
}

/** Adds `views` views to a link's counter; `lastViewedAt` is the time of the latest of them. */
export async function recordShareLinkViews(database: Database, linkId: string, views: number, lastViewedAt: Date): Promise<void> {
  await database.shareLink.update({ where: { id: linkId }, data: { views: { increment: views }, lastViewedAt } });
}
