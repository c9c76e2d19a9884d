import "server-only";

import type { Database } from "../db";

export interface ShareLinkSummary {
  id: string;
  label: string | null;
  /** Revision number the link is pinned to; null follows the latest revision. */
  revisionNumber: number | null;
  hideUnitPrices: boolean;
  expiresAt: Date | null;
  revokedAt: Date | null;
  views: number;
  lastViewedAt: Date | null;
  createdAt: Date;
  createdBy: string | null;
}

/** Share links of one scenario of `orgId`, newest first, revoked and expired ones included. */
export async function listShareLinks(database: Database, orgId: string, scenarioId: string): Promise<ShareLinkSummary[]> {
  const links = await database.shareLink.findMany({
    where: { orgId, scenarioId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      label: true,
      hideUnitPrices: true,
      expiresAt: true,
      revokedAt: true,
      views: true,
      lastViewedAt: true,
      createdAt: true,
      createdById: true,
      revision: { select: { number: true } },
    },
  });
  const creatorIds = [...new Set(links.flatMap((link) => (link.createdById ? [link.createdById] : [])))];
  const creators = await database.user.findMany({ where: { id: { in: creatorIds } }, select: { id: true, email: true, name: true } });
  const creatorName = new Map(creators.map((user) => [user.id, user.name ?? user.email]));

  return links.map((link) => ({
    id: link.id,
    label: link.label,
    revisionNumber: link.revision?.number ?? null,
    hideUnitPrices: link.hideUnitPrices,
    expiresAt: link.expiresAt,
    revokedAt: link.revokedAt,
    views: link.views,
    lastViewedAt: link.lastViewedAt,
    createdAt: link.createdAt,
    createdBy: link.createdById ? (creatorName.get(link.createdById) ?? null) : null,
  }));
}
