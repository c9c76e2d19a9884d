import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "../db/client";
import { defaultCatalog } from "../seed/default-catalog";
import { createTestUser, openTestDatabase, uniqueSuffix } from "../testing/test-database";

import { createOrganization, slugify } from "./create-organization";
import { findMembership } from "./find-membership";

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
});

afterAll(async () => {
  await database.$disconnect();
});

describe("createOrganization", () => {
  it("copies the shipped catalog and makes the creator owner", async () => {
    const owner = await createTestUser(database, "owner");
    const org = await createOrganization(database, owner.id, { name: `Catalog Copy ${uniqueSuffix()}`, currency: "EUR" });

    const apiModels = await database.apiModelPrice.count({ where: { orgId: org.id } });
    const gpuPrices = await database.gpuPrice.count({ where: { orgId: org.id } });
    const membership = await findMembership(database, owner.id, org.slug);

    expect(apiModels).toBe(defaultCatalog.apiModels.length);
    expect(gpuPrices).toBe(defaultCatalog.gpuPrices.length);
    expect(membership?.role).toBe("owner");
    expect(membership?.org.currency).toBe("EUR");
  });

  it("adds a suffix when the slug is taken", async () => {
    const name = `Same Name ${uniqueSuffix()}`;
    const first = await createOrganization(database, null, { name, currency: "USD" });
    const second = await createOrganization(database, null, { name, currency: "USD" });

    expect(first.slug).toBe(slugify(name));
    expect(second.slug).toBe(`${slugify(name)}-2`);
  });
});

describe("findMembership", () => {
  it("returns null for another organization", async () => {
    const alice = await createTestUser(database, "alice");
    const mallory = await createTestUser(database, "mallory");
    const aliceOrg = await createOrganization(database, alice.id, { name: `Alice Org ${uniqueSuffix()}`, currency: "USD" });
    await createOrganization(database, mallory.id, { name: `Mallory Org ${uniqueSuffix()}`, currency: "USD" });

    expect(await findMembership(database, mallory.id, aliceOrg.slug)).toBeNull();
    expect(await findMembership(database, alice.id, aliceOrg.slug)).not.toBeNull();
  });

  it("returns null for a missing organization", async () => {
    const user = await createTestUser(database, "nobody");

    expect(await findMembership(database, user.id, `missing-${uniqueSuffix()}`)).toBeNull();
  });
});
