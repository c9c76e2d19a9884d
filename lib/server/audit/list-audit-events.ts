import "server-only";

import type { Database } from "../db";

export const AUDIT_PAGE_SIZE = 50;

/**
 * Returns one page (1-based) of the organization's audit events, newest first, with the
 * actor's email, and whether an older page exists.
 */
export async function listAuditEvents(database: Database, orgId: string, page: number) {
  const events = await database.auditEvent.findMany({
    where: { orgId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    // One extra row shows whether an older page exists.
    take: AUDIT_PAGE_SIZE + 1,
  });

  const actorIds = [...new Set(events.map((event) => event.actorId).filter((id): id is string => id !== null))];
  const actors = await database.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, email: true } });
  const emailById = new Map(actors.map((actor) => [actor.id, actor.email]));

  return {
    events: events.slice(0, AUDIT_PAGE_SIZE).map((event) => ({ ...event, actorEmail: event.actorId ? (emailById.get(event.actorId) ?? "deleted user") : "system" })),
    hasOlder: events.length > AUDIT_PAGE_SIZE,
  };
}
