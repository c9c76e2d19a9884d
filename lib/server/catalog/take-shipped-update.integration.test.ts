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
      expectedUpdatedAt: opus.updatedAt.toISOString(),
    });
    await deleteCatalogEntry(database, { orgId: org.id, actorId: owner.id, kind: "apiModel", rowId: gpt4.id });

    const open = (await compareCatalogWithShipped(database, org.id, TODAY)).filter((comparison) => comparison.status !== "same");
    expect(open.map((comparison) => [comparison.key, comparison.status])).toEqual([
      ["anthropic/claude-3-opus", "differs"],
      ["openai/gpt-4", "missing"],
    ]);

    const [opusComparison, gpt4Comparison] = open;
    expect(gpt4Comparison.entryUpdatedAt).toBeNull();
    expect(
      await takeShippedUpdate(database, { orgId: org.id, actorId: owner.id, kind: "apiModel", key: "anthropic/claude-3-opus", today: TODAY, expectedUpdatedAt: opusComparison.entryUpdatedAt }),
    ).toEqual({ status: "taken", action: "corrected" });
    expect(await takeShippedUpdate(database, { orgId: org.id, actorId: owner.id, kind: "apiModel", key: "openai/gpt-4", today: TODAY, expectedUpdatedAt: null })).toEqual({ status: "taken", action: "added" });

    expect((await compareCatalogWithShipped(database, org.id, TODAY)).every((comparison) => comparison.status === "same")).toBe(true);
    const restored = await database.apiModelPrice.findFirstOrThrow({ where: { orgId: org.id, key: "openai/gpt-4" } });
    expect(restored.verified).toBe(false);
    expect(restored.effectiveFrom.toISOString().slice(0, 10)).toBe("2023-03-14");
  });

  it("rejects a comparison made before another edit", async () => {
    const owner = await createTestUser(database, "shipped-stale");
    const org = await createOrganization(database, owner.id, { name: `Shipped stale ${uniqueSuffix()}`, currency: "USD" });
    const opus = await database.apiModelPrice.findFirstOrThrow({ where: { orgId: org.id, key: "anthropic/claude-3-opus" } });
    const opusValues = (output: number) => ({ provider: "Anthropic", model: "Claude 3 Opus", inputPricePerMTok: 15, cachedInputPricePerMTok: 1.5, outputPricePerMTok: output, discount: 0, sourceUrl: null, checkedAt: null, notes: null });
    await correctCatalogRow(database, { orgId: org.id, actorId: owner.id, kind: "apiModel", rowId: opus.id, values: opusValues(60), expectedUpdatedAt: opus.updatedAt.toISOString() });

    const compared = (await compareCatalogWithShipped(database, org.id, TODAY)).find((comparison) => comparison.key === "anthropic/claude-3-opus")!;
    expect(compared.status).toBe("differs");
    expect(compared.entryUpdatedAt).not.toBeNull();

    // Another person sets their negotiated price after the comparison was shown.
    const current = await database.apiModelPrice.findUniqueOrThrow({ where: { id: opus.id } });
    await correctCatalogRow(database, { orgId: org.id, actorId: owner.id, kind: "apiModel", rowId: opus.id, values: opusValues(50), expectedUpdatedAt: current.updatedAt.toISOString() });
    const auditBefore = await database.auditEvent.count({ where: { orgId: org.id } });

    const result = await takeShippedUpdate(database, { orgId: org.id, actorId: owner.id, kind: "apiModel", key: "anthropic/claude-3-opus", today: TODAY, expectedUpdatedAt: compared.entryUpdatedAt });

    expect(result).toEqual({ status: "conflict" });
    expect((await database.apiModelPrice.findUniqueOrThrow({ where: { id: opus.id } })).outputPricePerMTok.toNumber()).toBe(50);
    expect(await database.apiModelPrice.count({ where: { orgId: org.id, key: "anthropic/claude-3-opus" } })).toBe(1);
    expect(await database.auditEvent.count({ where: { orgId: org.id } })).toBe(auditBefore);
  });
});
