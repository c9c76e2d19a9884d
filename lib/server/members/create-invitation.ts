import "server-only";

import type { Database } from "../db";
import type { RoleName } from "../permissions";

import { generateInvitationToken, hashInvitationToken, INVITATION_LIFETIME_MS } from "./invitation-token";

export type CreateInvitationResult = { status: "created"; token: string; invitationId: string; expiresAt: Date } | { status: "already-member" };

/**
 * Invites an email address with a role. Returns the token for the link once; the database
 * keeps only its SHA-256. The invitation expires after 7 days.
 */
export async function createInvitation(
  database: Database,
  input: { orgId: string; actorId: string; email: string; role: RoleName; now: Date },
): Promise<CreateInvitationResult> {
  const email = input.email.toLowerCase();

  return database.$transaction(async (transaction) => {
    const member = await transaction.membership.findFirst({ where: { orgId: input.orgId, user: { email: { equals: email, mode: "insensitive" } } } });
    if (member) return { status: "already-member" } as const;

    const token = generateInvitationToken();
    const expiresAt = new Date(input.now.getTime() + INVITATION_LIFETIME_MS);
    const invitation = await transaction.invitation.create({
      data: { orgId: input.orgId, email, role: input.role, tokenHash: hashInvitationToken(token), expiresAt, invitedById: input.actorId },
    });
    await transaction.auditEvent.create({
      data: {
        orgId: input.orgId,
        actorId: input.actorId,
        action: "invitation.created",
        targetType: "invitation",
        targetId: invitation.id,
        details: { email, role: input.role, expiresAt: expiresAt.toISOString() },
      },
    });

    return { status: "created", token, invitationId: invitation.id, expiresAt } as const;
  });
}
