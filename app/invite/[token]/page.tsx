import type { Metadata } from "next";
import Link from "next/link";

import { AcceptInvitationForm } from "@/components/members/accept-invitation-form";
import { requireUser } from "@/lib/server/access";
import { getDatabase } from "@/lib/server/db";
import { findInvitationByToken } from "@/lib/server/members/find-invitation";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

// The title names no organization: the token has not been checked against the signed-in user yet.
export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer", robots: { index: false } };

export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const user = await requireUser(`/invite/${token}`);
  const invitation = await findInvitationByToken(await getDatabase(), token, new Date());

  if (!invitation || invitation.state !== "open") {
    return (
      <div className="space-y-2">
        <h1>Invitation not valid</h1>
        <p>This invitation has expired, was revoked or was used already. Ask an owner of the organization for a new one.</p>
        <p>
          <Link href="/">Your organizations</Link>
        </p>
      </div>
    );
  }

  const forThisUser = invitation.email.toLowerCase() === user.email.toLowerCase();

  return (
    <div className="max-w-xl space-y-4">
      <h1>Join {forThisUser ? invitation.org.name : "an organization"}</h1>
      {forThisUser ? (
        <>
          <p>
            You are invited as <strong>{invitation.role}</strong>. The invitation expires on {invitation.expiresAt.toISOString().slice(0, 10)}.
          </p>
          <AcceptInvitationForm token={token} />
        </>
      ) : (
        <p role="alert">
          This invitation is for another email address. You are signed in as {user.email}; sign out and sign in with the invited address.
        </p>
      )}
    </div>
  );
}
