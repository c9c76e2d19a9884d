import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "../db/client";
import { createOrganization } from "../orgs/create-organization";
import { findMembership } from "../orgs/find-membership";
import { createTestUser, openTestDatabase, uniqueSuffix } from "../testing/test-database";

import { acceptInvitation } from "./accept-invitation";
import { changeMemberRole } from "./change-member-role";
import { createInvitation } from "./create-invitation";
import { hashInvitationToken } from "./invitation-token";
import { removeMember } from "./remove-member";
import { revokeInvitation } from "./revoke-invitation";

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
});

afterAll(async () => {
  await database.$disconnect();
});

const DAY = 24 * 60 * 60 * 1000;

async function orgWithOwner() {
  const owner = await createTestUser(database, "owner");
  const org = await createOrganization(database, owner.id, { name: `Members ${uniqueSuffix()}`, currency: "USD" });
  const ownership = await database.membership.findFirstOrThrow({ where: { orgId: org.id, userId: owner.id } });

  return { owner, org, ownership };
}

async function invite(orgId: string, actorId: string, email: string, now = new Date()) {
  const result = await createInvitation(database, { orgId, actorId, email, role: "viewer", now });
  if (result.status !== "created") throw new Error(`expected an invitation, got ${result.status}`);

  return result;
}

describe("invitations", () => {
  it("stores only the token's SHA-256 and expires after 7 days", async () => {
    const { owner, org } = await orgWithOwner();
    const now = new Date("2026-12-01T12:00:00Z");

    const { token, invitationId } = await invite(org.id, owner.id, `Guest-${uniqueSuffix()}@Example.test`, now);

    const stored = await database.invitation.findUniqueOrThrow({ where: { id: invitationId } });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(stored.tokenHash).toBe(hashInvitationToken(token));
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.toISOString()).toBe("2026-12-08T12:00:00.000Z");
    const audit = await database.auditEvent.findFirstOrThrow({ where: { orgId: org.id, action: "invitation.created" } });
    expect(JSON.stringify(audit.details)).not.toContain(token);
  });

  it("makes the invited user a member with the role", async () => {
    const { owner, org } = await orgWithOwner();
    const guest = await createTestUser(database, "guest");
    const { token } = await invite(org.id, owner.id, guest.email.toUpperCase());

    expect(await acceptInvitation(database, { token, user: guest, now: new Date() })).toEqual({ status: "accepted", orgSlug: org.slug });
    expect((await findMembership(database, guest.id, org.slug))?.role).toBe("viewer");
    expect(await acceptInvitation(database, { token, user: guest, now: new Date() })).toEqual({ status: "invalid" });
  });

  it("rejects expired, revoked and foreign-email tokens", async () => {
    const { owner, org } = await orgWithOwner();
    const guest = await createTestUser(database, "late");
    const other = await createTestUser(database, "other");

    const expired = await invite(org.id, owner.id, guest.email, new Date(Date.now() - 8 * DAY));
    expect(await acceptInvitation(database, { token: expired.token, user: guest, now: new Date() })).toEqual({ status: "invalid" });

    const revoked = await invite(org.id, owner.id, guest.email);
    expect(await revokeInvitation(database, { orgId: org.id, actorId: owner.id, invitationId: revoked.invitationId, now: new Date() })).toBe(true);
    expect(await acceptInvitation(database, { token: revoked.token, user: guest, now: new Date() })).toEqual({ status: "invalid" });

    const open = await invite(org.id, owner.id, guest.email);
    const wrongPerson = await acceptInvitation(database, { token: open.token, user: other, now: new Date() });
    expect(wrongPerson).toEqual({ status: "wrong-email" });
    expect(JSON.stringify(wrongPerson)).not.toContain(guest.email);
    expect(await findMembership(database, other.id, org.slug)).toBeNull();
    expect(await findMembership(database, guest.id, org.slug)).toBeNull();
  });

  it("cannot revoke another organization's invitation", async () => {
    const first = await orgWithOwner();
    const second = await orgWithOwner();
    const { invitationId } = await invite(first.org.id, first.owner.id, `x-${uniqueSuffix()}@example.test`);

    expect(await revokeInvitation(database, { orgId: second.org.id, actorId: second.owner.id, invitationId, now: new Date() })).toBe(false);
    expect((await database.invitation.findUniqueOrThrow({ where: { id: invitationId } })).revokedAt).toBeNull();
  });
});

describe("last owner", () => {
  it("cannot be demoted or removed", async () => {
    const { owner, org, ownership } = await orgWithOwner();

    expect(await changeMemberRole(database, { orgId: org.id, actorId: owner.id, membershipId: ownership.id, role: "editor", now: new Date() })).toEqual({ status: "last-owner" });
    expect(await removeMember(database, { orgId: org.id, actorId: owner.id, membershipId: ownership.id, now: new Date() })).toEqual({ status: "last-owner" });
    expect((await findMembership(database, owner.id, org.slug))?.role).toBe("owner");
  });

  it("can step down once a second owner exists", async () => {
    const { owner, org, ownership } = await orgWithOwner();
    const second = await createTestUser(database, "second");
    const secondMembership = await database.membership.create({ data: { orgId: org.id, userId: second.id, role: "editor" } });

    expect(await changeMemberRole(database, { orgId: org.id, actorId: owner.id, membershipId: secondMembership.id, role: "owner", now: new Date() })).toEqual({ status: "done" });
    expect(await changeMemberRole(database, { orgId: org.id, actorId: owner.id, membershipId: ownership.id, role: "viewer", now: new Date() })).toEqual({ status: "done" });

    const audit = await database.auditEvent.findFirstOrThrow({ where: { orgId: org.id, action: "member.role_changed", targetId: owner.id } });
    expect(audit.details).toMatchObject({ before: { role: "owner" }, after: { role: "viewer" } });
    expect(await removeMember(database, { orgId: org.id, actorId: second.id, membershipId: secondMembership.id, now: new Date() })).toEqual({ status: "last-owner" });
  });

  it("ignores another organization's membership ids", async () => {
    const first = await orgWithOwner();
    const second = await orgWithOwner();

    expect(await removeMember(database, { orgId: second.org.id, actorId: second.owner.id, membershipId: first.ownership.id, now: new Date() })).toEqual({ status: "not-found" });
    expect(await findMembership(database, first.owner.id, first.org.slug)).not.toBeNull();
  });
});

describe("invitations of a former owner", () => {
  it("are revoked when the owner is removed", async () => {
    const { owner, org } = await orgWithOwner();
    const leaving = await createTestUser(database, "leaving-owner");
    const leavingMembership = await database.membership.create({ data: { orgId: org.id, userId: leaving.id, role: "owner" } });
    const now = new Date();
    const personal = `personal-${uniqueSuffix()}@example.test`;
    const open = await createInvitation(database, { orgId: org.id, actorId: leaving.id, email: personal, role: "owner", now });
    if (open.status !== "created") throw new Error(`expected an invitation, got ${open.status}`);
    const expired = await invite(org.id, leaving.id, `expired-${uniqueSuffix()}@example.test`, new Date(now.getTime() - 8 * DAY));
    const fromOtherOwner = await invite(org.id, owner.id, `kept-${uniqueSuffix()}@example.test`, now);

    expect(await removeMember(database, { orgId: org.id, actorId: owner.id, membershipId: leavingMembership.id, now })).toEqual({ status: "done" });

    expect((await database.invitation.findUniqueOrThrow({ where: { id: open.invitationId } })).revokedAt).toEqual(now);
    expect((await database.invitation.findUniqueOrThrow({ where: { id: expired.invitationId } })).revokedAt).toBeNull();
    expect((await database.invitation.findUniqueOrThrow({ where: { id: fromOtherOwner.invitationId } })).revokedAt).toBeNull();
    const audit = await database.auditEvent.findFirstOrThrow({ where: { orgId: org.id, action: "member.removed", targetId: leaving.id } });
    expect(audit.details).toMatchObject({ revokedInvitations: [{ id: open.invitationId, email: personal.toLowerCase(), role: "owner" }] });

    const personalUser = await database.user.create({ data: { email: personal } });
    expect(await acceptInvitation(database, { token: open.token, user: personalUser, now: new Date() })).toEqual({ status: "invalid" });
  });

  it("are revoked when the owner is demoted", async () => {
    const { owner, org } = await orgWithOwner();
    const demoted = await createTestUser(database, "demoted-owner");
    const demotedMembership = await database.membership.create({ data: { orgId: org.id, userId: demoted.id, role: "owner" } });
    const now = new Date();
    const sent = await invite(org.id, demoted.id, `sent-${uniqueSuffix()}@example.test`, now);

    expect(await changeMemberRole(database, { orgId: org.id, actorId: owner.id, membershipId: demotedMembership.id, role: "editor", now })).toEqual({ status: "done" });

    expect((await database.invitation.findUniqueOrThrow({ where: { id: sent.invitationId } })).revokedAt).toEqual(now);
    const audit = await database.auditEvent.findFirstOrThrow({ where: { orgId: org.id, action: "member.role_changed", targetId: demoted.id } });
    expect(audit.details).toMatchObject({ revokedInvitations: [{ id: sent.invitationId }] });
  });

  it("stay open when an editor is promoted", async () => {
    const { owner, org } = await orgWithOwner();
    const editor = await createTestUser(database, "promoted-editor");
    const editorMembership = await database.membership.create({ data: { orgId: org.id, userId: editor.id, role: "editor" } });
    const sentEarlier = await invite(org.id, editor.id, `earlier-${uniqueSuffix()}@example.test`);

    expect(await changeMemberRole(database, { orgId: org.id, actorId: owner.id, membershipId: editorMembership.id, role: "owner", now: new Date() })).toEqual({ status: "done" });

    expect((await database.invitation.findUniqueOrThrow({ where: { id: sentEarlier.invitationId } })).revokedAt).toBeNull();
  });
});
