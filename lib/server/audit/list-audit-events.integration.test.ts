import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "../db/client";
import { createOrganization } from "../orgs/create-organization";
import { updateCurrency } from "../orgs/update-currency";
import { createTestUser, openTestDatabase, uniqueSuffix } from "../testing/test-database";

import { AUDIT_PAGE_SIZE, listAuditEvents } from "./list-audit-events";

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
});

afterAll(async () => {
  await database.$disconnect();
});

describe("listAuditEvents", () => {
  it("pages the organization's events newest first", async () => {
    const owner = await createTestUser(database, "auditor");
    const org = await createOrganization(database, owner.id, { name: `Audit ${uniqueSuffix()}`, currency: "USD" });
    const other = await createOrganization(database, owner.id, { name: `Other ${uniqueSuffix()}`, currency: "USD" });
    await database.auditEvent.createMany({
      data: Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, index) => ({
        orgId: org.id,
        actorId: owner.id,
        action: "test.event",
        targetType: "test",
        targetId: String(index),
        createdAt: new Date(Date.UTC(2030, 0, 1, 0, 0, index)),
      })),
    });

    const first = await listAuditEvents(database, org.id, 1);
    const second = await listAuditEvents(database, org.id, 2);

    expect(first.events).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.hasOlder).toBe(true);
    expect(first.events[0].targetId).toBe(String(AUDIT_PAGE_SIZE + 4));
    expect(first.events[0].actorEmail).toBe(owner.email);
    expect(second.events.map((event) => event.action)).toEqual(["test.event", "test.event", "test.event", "test.event", "test.event", "org.created"]);
    expect(second.hasOlder).toBe(false);
    expect([...first.events, ...second.events].every((event) => event.orgId === org.id)).toBe(true);
    expect((await listAuditEvents(database, other.id, 1)).events.map((event) => event.action)).toEqual(["org.created"]);
  });
});

describe("updateCurrency", () => {
  it("audits the change and bumps the catalog version", async () => {
    const owner = await createTestUser(database, "currency");
    const org = await createOrganization(database, owner.id, { name: `Currency ${uniqueSuffix()}`, currency: "USD" });

    await updateCurrency(database, { orgId: org.id, actorId: owner.id, currency: "EUR" });

    const stored = await database.organization.findUniqueOrThrow({ where: { id: org.id } });
    expect(stored.currency).toBe("EUR");
    expect(stored.catalogVersion).toBe(1);
    const audit = await database.auditEvent.findFirstOrThrow({ where: { orgId: org.id, action: "org.currency_changed" } });
    expect(audit.details).toEqual({ before: { currency: "USD" }, after: { currency: "EUR" } });
  });
});
