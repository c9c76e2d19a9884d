import "server-only";

import type { Database } from "../db";

export interface ActivityEntry {
  id: string;
  action: string;
  createdAt: Date;
  details: unknown;
  actor: { name: string | null; email: string } | null;
}

/** Lists the audit events about one scenario of this organization, newest first (at most `limit`). */
export async function listScenarioActivity(database: Database, orgId: string, scenarioId: string, limit = 50): Promise<ActivityEntry[]> {
  const events = await database.auditEvent.findMany({
    where: { orgId, targetType: "scenario", targetId: scenarioId },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, action: true, createdAt: true, details: true, actorId: true },
  });
  const users = await database.user.findMany({
    where: { id: { in: [...new Set(events.flatMap((event) => (event.actorId ? [event.actorId] : [])))] } },
    select: { id: true, name: true, email: true },
  });

  return events.map((event) => ({
    id: event.id,
    action: event.action,
    createdAt: event.createdAt,
    details: event.details,
    actor: users.find((user) => user.id === event.actorId) ?? null,
  }));
}
