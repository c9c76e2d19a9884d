import "server-only";

import type { Database } from "../db";

import { findInvitationByToken } from "./find-invitation";

export type AcceptInvitationResult =
  | { status: "accepted"; orgSlug: string }
  | { status: "invalid" }
  /** The signed-in person is not the invited one; the invited address is not returned, because it is not theirs to see. */
  | { status: "wrong-email" };

/**
 * Accepts an open invitation for the signed-in user, whose email must be the invited one, and
 * makes them a member with the invited role. A person who is a member already keeps their role.
 * Expired, revoked, used and unknown tokens all return "invalid".
 */
export async function acceptInvitation(database: Database, input: { token: string; user: { id: string; email: string }; now: Date }): Promise<AcceptInvitationResult> {
  const invitation = await findInvitationByToken(database, input.token, input.now);
  if (!invitation || invitation.state !== "open") return { status: "invalid" };
  if (invitation.email.toLowerCase() !== input.user.email.toLowerCase()) return { status: "wrong-email" };

  return database.$transaction(async (transaction) => {
    // Conditional update: of two concurrent accepts of one token, only one succeeds.
    const claimed = await transaction.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: input.now } },
      data: { acceptedAt: input.now },
    });
    if (claimed.count === 0) return { status: "invalid" } as const;

    const existing = await transaction.membership.findFirst({ where: { orgId: invitation.org.id, userId: input.user.id } });
    if (!existing) await transaction.membership.create({ data: { orgId: invitation.org.id, userId: input.user.id, role: invitation.role } });

    await transaction.auditEvent.create({
      data: {
        orgId: invitation.org.id,
        actorId: input.user.id,
        action: "member.joined",
        targetType: "membership",
        targetId: input.user.id,
        details: { email: invitation.email, invitationId: invitation.id, before: existing ? { role: existing.role } : null, after: { role: existing?.role ?? invitation.role } },
      },
    });

    return { status: "accepted", orgSlug: invitation.org.slug } as const;
  });
}
