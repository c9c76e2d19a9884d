import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "../db/client";
import { createOrganization } from "../orgs/create-organization";
import { createTestUser, openTestDatabase, uniqueSuffix } from "../testing/test-database";

import { correctCatalogRow } from "./correct-catalog-row";
import { deleteCatalogEntry } from "./delete-catalog-entry";
import { compareCatalogWithShipped, takeShippedUpdate } from "./take-shipped-update";

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
});

afterAll(async () => {
  await database.$disconnect();
});

const TODAY = "2026-12-04";

describe("takeShippedUpdate", () => {
  it("restores a changed price and a deleted entry", async () => {
    const owner = await createTestUser(database, "shipped");
    const org = await createOrganization(database, owner.id, { name: `Shipped ${uniqueSuffix()}`, currency: "USD" });
    const opus = await database.apiModelPrice.findFirstOrThrow({ where: { orgId: org.id, key: "anthropic/claude-3-opus" } });
    const gpt4 = await database.apiModelPrice.findFirstOrThrow({ where: { orgId: org.id, key: "openai/gpt-4" } });
    await correctCatalogRow(database, {
      orgId: org.id,
      actorId: owner.id,
      kind: "apiModel",
      rowId: opus.id,
      values: { provider: "Anthropic", model: "Claude 3 Opus", inputPricePerMTok: 15, cachedInputPricePerMTok: 1.5, outputPricePerMTok: 60, discount: 0, sourceUrl: null, checkedAt: null, notes: null },
    });
    await deleteCatalogEntry(database, { orgId: org.id, actorId: owner.id, kind: "apiModel", rowId: gpt4.id });

    const open = (await compareCatalogWithShipped(database, org.id, TODAY)).filter((comparison) => comparison.status !== "same");
    expect(open.map((comparison) => [comparison.key, comparison.status])).toEqual([
      ["anthropic/claude-3-opus", "differs"],
      ["openai/gpt-4", "missing"],
    ]);

    expect(await takeShippedUpdate(database, { orgId: org.id, actorId: owner.id, kind: "apiModel", key: "anthropic/claude-3-opus", today: TODAY })).toEqual({ status: "taken", action: "corrected" });
    expect(await takeShippedUpdate(database, { orgId: org.id, actorId: owner.id, kind: "apiModel", key: "openai/gpt-4", today: TODAY })).toEqual({ status: "taken", action: "added" });

    expect((await compareCatalogWithShipped(database, org.id, TODAY)).every((comparison) => comparison.status === "same")).toBe(true);
    const restored = await database.apiModelPrice.findFirstOrThrow({ where: { orgId: org.id, key: "openai/gpt-4" } });
    expect(restored.verified).toBe(false);
    expect(restored.effectiveFrom.toISOString().slice(0, 10)).toBe("2023-03-14");
  });
});
