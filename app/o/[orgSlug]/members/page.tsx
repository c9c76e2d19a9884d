import type { Metadata } from "next";

import { InviteForm } from "@/components/members/invite-form";
import { MemberControls, RevokeInvitationButton } from "@/components/members/member-controls";
import { getOrgAccessOrThrow } from "@/lib/server/access";
import { getDatabase } from "@/lib/server/db";
import { listMembers } from "@/lib/server/members/list-members";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orgSlug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { orgSlug } = await params;
  const access = await getOrgAccessOrThrow(orgSlug, `/o/${orgSlug}/members`, "members:read");

  return { title: `Members · ${access.org.name}` };
}

const cell = "border-t border-slate-200 py-2 pr-3 align-top";

export default async function MembersPage({ params }: Props) {
  const { orgSlug } = await params;
  const access = await getOrgAccessOrThrow(orgSlug, `/o/${orgSlug}/members`, "members:read");
  const { members, invitations } = await listMembers(await getDatabase(), access.org.id, new Date());
  const canManage = access.can("members:manage");
  const { slug } = access.org;

  return (
    <div className="space-y-8">
      <section className="space-y-2">
        <h1>Members</h1>
        <p className="text-sm text-slate-600">Viewers read; editors also change the catalog, teams and scenarios; owners also manage members and settings.</p>
        <table className="w-full text-sm">
          <thead>
            <tr className="text-left text-slate-600">
              <th className="py-1 pr-3 font-medium">Member</th>
              <th className="py-1 pr-3 font-medium">Role</th>
              <th className="py-1 pr-3 font-medium">Since</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.id} data-testid={`member-${member.user.email}`}>
                <td className={cell}>
                  {member.user.email}
                  {member.user.id === access.user.id ? <span className="text-slate-500"> (you)</span> : null}
                </td>
                <td className={cell}>
                  {canManage ? <MemberControls orgSlug={slug} membershipId={member.id} role={member.role} email={member.user.email} /> : member.role}
                </td>
                <td className={cell}>{member.createdAt.toISOString().slice(0, 10)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {canManage ? (
        <section className="space-y-3">
          <h2>Invite someone</h2>
          <p className="text-sm text-slate-600">They get an email with a link that works for 7 days, for the invited address only.</p>
          <InviteForm orgSlug={slug} />
          <h3 className="font-medium">Open invitations</h3>
          {invitations.length === 0 ? <p className="text-sm text-slate-600">None.</p> : null}
          <ul className="space-y-2">
            {invitations.map((invitation) => (
              <li key={invitation.id} className="flex flex-wrap items-center gap-3 text-sm" data-testid={`invitation-${invitation.email}`}>
                <span>
                  {invitation.email} as {invitation.role}, expires {invitation.expiresAt.toISOString().slice(0, 10)}
                </span>
                <RevokeInvitationButton orgSlug={slug} invitationId={invitation.id} email={invitation.email} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
