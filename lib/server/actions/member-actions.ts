"use server";

import { randomUUID } from "node:crypto";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";

import { assertCan, findOrgAccess, ForbiddenError, getCurrentUser, type OrgAccess } from "../access";
import { getAppOrigin } from "../app-origin";
import { getDatabase } from "../db";
import { logger } from "../logger";
import { sendMail } from "../mail";
import { acceptInvitation } from "../members/accept-invitation";
import { changeMemberRole } from "../members/change-member-role";
import { createInvitation } from "../members/create-invitation";
import { invitationFormSchema, roleSchema } from "../members/member-schemas";
import { removeMember } from "../members/remove-member";
import { revokeInvitation } from "../members/revoke-invitation";

export interface InvitationFormState {
  values: { email: string; role: string };
  fieldErrors?: Partial<Record<"email" | "role", string>>;
  formError?: string;
  sentTo?: string;
}

export interface MemberActionState {
  error?: string;
}

/** Checks that the signed-in person may manage the members of this organization. */
async function authorizeOwner(unverifiedOrgSlug: string): Promise<OrgAccess | string> {
  const user = await getCurrentUser();
  if (!user) return "Your session has ended. Sign in again.";

  const access = await findOrgAccess(user, unverifiedOrgSlug);
  if (!access) return "This organization was not found.";

  try {
    assertCan(access, "members:manage");
  } catch (error) {
    if (error instanceof ForbiddenError) return "Only owners can manage members.";
    throw error;
  }

  return access;
}

/** Returns the origin of the request, for the link in the invitation email. */
export async function inviteMemberAction(_previous: InvitationFormState, formData: FormData): Promise<InvitationFormState> {
  const values = { email: String(formData.get("email") ?? ""), role: String(formData.get("role") ?? "viewer") };
  const access = await authorizeOwner(String(formData.get("orgSlug") ?? ""));
  if (typeof access === "string") return { values, formError: access };

  const parsed = invitationFormSchema.safeParse(values);
  if (!parsed.success) {
    const errors = z.flattenError(parsed.error).fieldErrors;

    return { values, fieldErrors: { email: errors.email?.[0], role: errors.role?.[0] } };
  }

  const requestId = randomUUID();
  const context = { requestId, userId: access.user.id, orgId: access.org.id };
  try {
    const result = await createInvitation(await getDatabase(), { orgId: access.org.id, actorId: access.user.id, ...parsed.data, now: new Date() });
    if (result.status === "already-member") return { values, fieldErrors: { email: "This person is a member already. Change their role in the list instead." } };

    const url = `${await getAppOrigin()}/invite/${result.token}`;
    await sendMail({
      to: parsed.data.email,
      subject: `Invitation to ${access.org.name} on TCO Planner`,
      url,
      text: `${access.user.email} invites you to ${access.org.name} on TCO Planner as ${parsed.data.role}.\n\nOpen this link within 7 days to accept:\n\n${url}\n`,
    });
    logger.info({ ...context, invitationId: result.invitationId, role: parsed.data.role }, "invitation sent");
  } catch (error) {
    logger.error({ ...context, err: error }, "sending an invitation failed");

    return { values, formError: `The invitation could not be sent. Try again; reference ${requestId}.` };
  }

  // Refreshes the list of open invitations on the page that sent this one.
  revalidatePath(`/o/${access.org.slug}/members`);

  return { values: { email: "", role: parsed.data.role }, sentTo: parsed.data.email };
}

/** Runs one owner-only member change and returns to the members page. */
async function runMemberChange(formData: FormData, operation: string, change: (access: OrgAccess) => Promise<MemberActionState | null>): Promise<MemberActionState> {
  const access = await authorizeOwner(String(formData.get("orgSlug") ?? ""));
  if (typeof access === "string") return { error: access };

  const requestId = randomUUID();
  const context = { requestId, userId: access.user.id, orgId: access.org.id, operation };
  try {
    const rejection = await change(access);
    if (rejection) return rejection;
    logger.info(context, "members changed");
  } catch (error) {
    logger.error({ ...context, err: error }, "changing members failed");

    return { error: `The change could not be saved. Try again; reference ${requestId}.` };
  }

  redirect(`/o/${access.org.slug}/members`);
}

const LAST_OWNER = "An organization needs at least one owner. Make someone else owner first.";

export async function changeMemberRoleAction(_previous: MemberActionState, formData: FormData): Promise<MemberActionState> {
  return runMemberChange(formData, "role", async (access) => {
    const role = roleSchema.safeParse(formData.get("role"));
    if (!role.success) return { error: role.error.issues[0].message };

    const membershipId = String(formData.get("membershipId") ?? "");
    const result = await changeMemberRole(await getDatabase(), { orgId: access.org.id, actorId: access.user.id, membershipId, role: role.data, now: new Date() });
    if (result.status === "not-found") return { error: "This member was not found." };
    if (result.status === "last-owner") return { error: LAST_OWNER };

    return null;
  });
}

export async function removeMemberAction(_previous: MemberActionState, formData: FormData): Promise<MemberActionState> {
  return runMemberChange(formData, "remove", async (access) => {
    const membershipId = String(formData.get("membershipId") ?? "");
    const result = await removeMember(await getDatabase(), { orgId: access.org.id, actorId: access.user.id, membershipId, now: new Date() });
    if (result.status === "not-found") return { error: "This member was not found." };
    if (result.status === "last-owner") return { error: LAST_OWNER };

    return null;
  });
}

export async function revokeInvitationAction(_previous: MemberActionState, formData: FormData): Promise<MemberActionState> {
  return runMemberChange(formData, "revoke", async (access) => {
    const invitationId = String(formData.get("invitationId") ?? "");
    const revoked = await revokeInvitation(await getDatabase(), { orgId: access.org.id, actorId: access.user.id, invitationId, now: new Date() });

    return revoked ? null : { error: "This invitation was not found or is no longer open." };
  });
}

const WRONG_EMAIL = "This invitation is for another email address. Sign in with the address it was sent to.";

export async function acceptInvitationAction(_previous: MemberActionState, formData: FormData): Promise<MemberActionState> {
  const token = String(formData.get("token") ?? "");
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`);

  const requestId = randomUUID();
  let orgSlug: string;
  try {
    const result = await acceptInvitation(await getDatabase(), { token, user, now: new Date() });
    if (result.status === "invalid") return { error: "This invitation has expired, was revoked or was used already. Ask an owner for a new one." };
    if (result.status === "wrong-email") return { error: WRONG_EMAIL };
    orgSlug = result.orgSlug;
    logger.info({ requestId, userId: user.id, orgSlug }, "invitation accepted");
  } catch (error) {
    logger.error({ requestId, userId: user.id, err: error }, "accepting an invitation failed");

    return { error: `The invitation could not be accepted. Try again; reference ${requestId}.` };
  }

  redirect(`/o/${orgSlug}`);
}
