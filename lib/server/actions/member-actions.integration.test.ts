import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import type { Database } from "../db/client";
import { createInvitation } from "../members/create-invitation";
import { createOrganization } from "../orgs/create-organization";
import { createTestUser, openTestDatabase, uniqueSuffix } from "../testing/test-database";

// The action runs against the test database as whoever `session` names, outside a Next.js request.
const session = vi.hoisted(() => ({ user: null as { id: string; email: string } | null, database: null as unknown }));

vi.mock("../auth", () => ({ auth: async () => (session.user ? { user: session.user } : null) }));
vi.mock("../mail", () => ({ sendMail: async () => undefined }));
vi.mock("next/headers", () => ({ cookies: async () => ({ has: () => false }), headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("../db", () => ({ getDatabase: async () => session.database }));

const { acceptInvitationAction } = await import("./member-actions");

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
  session.database = database;
});

afterAll(async () => {
  await database.$disconnect();
});

describe("acceptInvitationAction", () => {
  it("hides the invited address from another person", async () => {
    const owner = await createTestUser(database, "inviting-owner");
    const org = await createOrganization(database, owner.id, { name: `Invite ${uniqueSuffix()}`, currency: "USD" });
    const invited = `invited-${uniqueSuffix()}@example.test`;
    const created = await createInvitation(database, { orgId: org.id, actorId: owner.id, email: invited, role: "owner", now: new Date() });
    if (created.status !== "created") throw new Error(`expected an invitation, got ${created.status}`);
    const stranger = await createTestUser(database, "stranger");
    session.user = { id: stranger.id, email: stranger.email };

    const formData = new FormData();
    formData.set("token", created.token);
    const result = await acceptInvitationAction({}, formData);

    expect(result).toEqual({ error: "This invitation is for another email address. Sign in with the address it was sent to." });
    expect(JSON.stringify(result)).not.toContain(invited);
    expect(await database.membership.count({ where: { orgId: org.id, userId: stranger.id } })).toBe(0);
  });
});
