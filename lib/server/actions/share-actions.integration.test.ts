import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import type { Database } from "../db/client";
import { seedDemoOrganization } from "../seed/seed-demo";
import { createShareLink } from "../share/create-share-link";
import { createTestUser, openTestDatabase, uniqueSuffix } from "../testing/test-database";

// The action runs against the test database as whoever `session` names, outside a Next.js request.
const session = vi.hoisted(() => ({ user: null as { id: string; email: string } | null, failTransactions: false, database: null as unknown }));

vi.mock("../auth", () => ({ auth: async () => (session.user ? { user: session.user } : null) }));
vi.mock("next/headers", () => ({ cookies: async () => ({ has: () => false }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("../db", () => ({
  getDatabase: async () =>
    new Proxy(session.database as object, {
      get: (target, property) =>
        property === "$transaction" && session.failTransactions ? () => Promise.reject(new Error("connection lost")) : Reflect.get(target, property),
    }),
}));

const { revokeShareLinkAction } = await import("./share-actions");

const TODAY = "2026-12-04";
let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
  session.database = database;
});

afterAll(async () => {
  await database.$disconnect();
});

beforeEach(() => {
  session.failTransactions = false;
});

async function seedLink() {
  const owner = await createTestUser(database, "revoke-owner");
  const viewer = await createTestUser(database, "revoke-viewer");
  const suffix = uniqueSuffix();
  const seeded = (await seedDemoOrganization(database, { ownerId: owner.id, slug: `revoke-${suffix}`, name: `Revoke ${suffix}`, today: TODAY }))!;
  await database.membership.create({ data: { orgId: seeded.orgId, userId: viewer.id, role: "viewer" } });
  const created = await createShareLink(database, {
    orgId: seeded.orgId,
    scenarioId: seeded.scenarioId,
    actorId: owner.id,
    form: { label: null, follow: "latest", expiresOn: "", hideUnitPrices: false, revisionNumber: 1 },
    now: new Date(),
  });
  if (created.status !== "created") throw new Error(`share link not created: ${created.status}`);

  const formData = new FormData();
  formData.set("orgSlug", seeded.slug);
  formData.set("scenarioId", seeded.scenarioId);
  formData.set("linkId", created.linkId);

  return { owner, viewer, linkId: created.linkId, formData };
}

describe("revokeShareLinkAction", () => {
  it("rejects a viewer with a message", async () => {
    const { viewer, linkId, formData } = await seedLink();
    session.user = { id: viewer.id, email: viewer.email };

    const result = await revokeShareLinkAction({}, formData);

    expect(result.error).toMatch(/your role does not allow sharing/);
    expect((await database.shareLink.findUniqueOrThrow({ where: { id: linkId } })).revokedAt).toBeNull();
  });

  it("revokes for an owner and reports a second attempt", async () => {
    const { owner, linkId, formData } = await seedLink();
    session.user = { id: owner.id, email: owner.email };

    expect(await revokeShareLinkAction({}, formData)).toEqual({ message: "Link revoked." });
    expect((await database.shareLink.findUniqueOrThrow({ where: { id: linkId } })).revokedAt).not.toBeNull();
    expect(await revokeShareLinkAction({}, formData)).toEqual({ error: "This link was not found or is revoked already." });
  });

  it("answers a database failure with a reference", async () => {
    const { owner, linkId, formData } = await seedLink();
    session.user = { id: owner.id, email: owner.email };
    session.failTransactions = true;

    const result = await revokeShareLinkAction({}, formData);

    expect(result.error).toMatch(/^The link could not be revoked\. Try again; reference [0-9a-f-]{36}\.$/);
    expect((await database.shareLink.findUniqueOrThrow({ where: { id: linkId } })).revokedAt).toBeNull();
  });
});
