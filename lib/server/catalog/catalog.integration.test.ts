import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { AnyEntryValues } from "@/lib/catalog/entry-schemas";
import { findRowInForce } from "@/lib/scenario/catalog-types";

import type { Database } from "../db/client";
import { createOrganization } from "../orgs/create-organization";
import { createTestUser, openTestDatabase, uniqueSuffix } from "../testing/test-database";

import { changeCatalogPrice } from "./change-catalog-price";
import { correctCatalogRow } from "./correct-catalog-row";
import { createCatalogEntry } from "./create-catalog-entry";
import { deleteCatalogEntry } from "./delete-catalog-entry";
import { getCatalogEntry } from "./get-catalog-entry";
import { listCatalogEntries } from "./list-catalog-entries";
import { loadCatalogSnapshot } from "./load-catalog";
import { setEntryRetired } from "./set-entry-retired";

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
});

afterAll(async () => {
  await database.$disconnect();
});

const OPUS = "anthropic/claude-3-opus";

async function newOrg(label: string) {
  const owner = await createTestUser(database, label);
  const org = await createOrganization(database, owner.id, { name: `${label} ${uniqueSuffix()}`, currency: "USD" });

  return { owner, org };
}

async function opusRow(orgId: string) {
  return database.apiModelPrice.findFirstOrThrow({ where: { orgId, key: OPUS } });
}

const catalogVersion = async (orgId: string) => (await database.organization.findUniqueOrThrow({ where: { id: orgId } })).catalogVersion;

function opusValues(output: number): AnyEntryValues {
  return {
    provider: "Anthropic",
    model: "Claude 3 Opus",
    inputPricePerMTok: 15,
    cachedInputPricePerMTok: 1.5,
    outputPricePerMTok: output,
    discount: 0,
    sourceUrl: "https://www.anthropic.com/pricing",
    checkedAt: "2025-01-02",
    notes: null,
  };
}

/** Puts a scenario revision that refers to `inputs` into the organization. */
async function addScenarioUsing(orgId: string, inputs: object) {
  const scenario = await database.scenario.create({ data: { orgId, name: `Uses it ${uniqueSuffix()}` } });
  await database.scenarioRevision.create({
    data: { orgId, scenarioId: scenario.id, number: 1, inputs, resolved: {}, pricesAsOf: new Date("2024-04-15T00:00:00Z"), catalogVersion: 0 },
  });

  return scenario;
}

describe("changeCatalogPrice", () => {
  it("closes the row in force and opens a new one", async () => {
    const { owner, org } = await newOrg("dating");
    const original = await opusRow(org.id);
    const versionBefore = await catalogVersion(org.id);

    const result = await changeCatalogPrice(database, {
      orgId: org.id,
      actorId: owner.id,
      kind: "apiModel",
      rowId: original.id,
      values: opusValues(60),
      effectiveFrom: "2025-01-01",
    });
    expect(result.status).toBe("changed");

    const snapshot = await loadCatalogSnapshot(database, org.id);
    const rows = snapshot.apiModels.filter((row) => row.key === OPUS);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ id: original.id, effectiveFrom: "2024-03-04", effectiveTo: "2025-01-01", outputPricePerMTok: 75 });
    expect(rows[1]).toMatchObject({ effectiveFrom: "2025-01-01", effectiveTo: null, outputPricePerMTok: 60 });

    expect(findRowInForce(snapshot.apiModels, OPUS, "2024-12-31")?.outputPricePerMTok).toBe(75);
    expect(findRowInForce(snapshot.apiModels, OPUS, "2025-01-01")?.outputPricePerMTok).toBe(60);
    expect(await catalogVersion(org.id)).toBe(versionBefore + 1);

    const audit = await database.auditEvent.findFirstOrThrow({ where: { orgId: org.id, action: "apiModel.price_changed" } });
    expect(audit.actorId).toBe(owner.id);
    expect(audit.details).toMatchObject({ key: OPUS, effectiveFrom: "2025-01-01", before: { outputPricePerMTok: 75 }, after: { outputPricePerMTok: 60 } });
  });

  it("opens a row before the first one that ends where it starts", async () => {
    const { owner, org } = await newOrg("early");
    const original = await opusRow(org.id);

    await changeCatalogPrice(database, { orgId: org.id, actorId: owner.id, kind: "apiModel", rowId: original.id, values: opusValues(80), effectiveFrom: "2024-01-01" });

    const entry = await getCatalogEntry(database, org.id, "apiModel", original.id);
    expect(entry?.history.map((row) => [row.effectiveFrom, row.effectiveTo, row.outputPricePerMTok])).toEqual([
      ["2024-01-01", "2024-03-04", 80],
      ["2024-03-04", null, 75],
    ]);
  });

  it("rejects a second row starting on the same date", async () => {
    const { owner, org } = await newOrg("same-start");
    const original = await opusRow(org.id);

    const result = await changeCatalogPrice(database, { orgId: org.id, actorId: owner.id, kind: "apiModel", rowId: original.id, values: opusValues(1), effectiveFrom: "2024-03-04" });

    expect(result).toEqual({ status: "same-start", rowId: original.id });
    expect(await database.apiModelPrice.count({ where: { orgId: org.id, key: OPUS } })).toBe(1);
  });
});

describe("correctCatalogRow", () => {
  it("edits in place and audits old and new values", async () => {
    const { owner, org } = await newOrg("correct");
    const original = await opusRow(org.id);
    const versionBefore = await catalogVersion(org.id);

    const result = await correctCatalogRow(database, {
      orgId: org.id,
      actorId: owner.id,
      kind: "apiModel",
      rowId: original.id,
      values: opusValues(60),
      expectedUpdatedAt: original.updatedAt.toISOString(),
    });

    expect(result.status).toBe("corrected");
    expect((await opusRow(org.id)).outputPricePerMTok.toNumber()).toBe(60);
    expect(await database.apiModelPrice.count({ where: { orgId: org.id, key: OPUS } })).toBe(1);
    expect(await catalogVersion(org.id)).toBe(versionBefore + 1);

    const audit = await database.auditEvent.findFirstOrThrow({ where: { orgId: org.id, action: "apiModel.corrected", targetId: original.id } });
    expect(audit.details).toMatchObject({ changes: { outputPricePerMTok: { from: 75, to: 60 } } });
  });
});

describe("correctCatalogRow concurrency", () => {
  it("rejects a correction made on an older version", async () => {
    const { owner, org } = await newOrg("conflict");
    const opened = await opusRow(org.id);
    const common = { orgId: org.id, actorId: owner.id, kind: "apiModel" as const, rowId: opened.id, expectedUpdatedAt: opened.updatedAt.toISOString() };

    expect(await correctCatalogRow(database, { ...common, values: opusValues(70) })).toEqual({ status: "corrected", id: opened.id });
    expect(await correctCatalogRow(database, { ...common, values: opusValues(65) })).toEqual({ status: "conflict" });
    expect((await opusRow(org.id)).outputPricePerMTok.toNumber()).toBe(70);
  });
});

describe("tenant isolation", () => {
  it("refuses another organization's row ids", async () => {
    const victim = await newOrg("victim");
    const attacker = await newOrg("attacker");
    const victimRow = await opusRow(victim.org.id);
    const common = { orgId: attacker.org.id, actorId: attacker.owner.id, rowId: victimRow.id };

    expect(await changeCatalogPrice(database, { ...common, kind: "apiModel", values: opusValues(1), effectiveFrom: "2026-01-01" })).toEqual({ status: "not-found" });
    expect(await correctCatalogRow(database, { ...common, kind: "apiModel", values: opusValues(1), expectedUpdatedAt: victimRow.updatedAt.toISOString() })).toEqual({ status: "not-found" });
    expect(await setEntryRetired(database, { ...common, kind: "apiModel", retired: true })).toEqual({ status: "not-found" });
    expect(await deleteCatalogEntry(database, { ...common, kind: "apiModel" })).toEqual({ status: "not-found" });
    expect(await getCatalogEntry(database, attacker.org.id, "apiModel", victimRow.id)).toBeNull();

    const untouched = await opusRow(victim.org.id);
    expect(untouched.outputPricePerMTok.toNumber()).toBe(75);
    expect(untouched.retiredAt).toBeNull();
    expect(await database.apiModelPrice.count({ where: { orgId: victim.org.id, key: OPUS } })).toBe(1);
  });

  it("lists only the organization's own entries", async () => {
    const first = await newOrg("list-a");
    const second = await newOrg("list-b");
    await createCatalogEntry(database, {
      orgId: first.org.id,
      actorId: first.owner.id,
      kind: "apiModel",
      values: { ...opusValues(1), provider: "Internal", model: "Only in A" },
      effectiveFrom: "2026-01-01",
    });

    const listingB = await listCatalogEntries(database, second.org.id, "2026-06-01");
    const listingA = await listCatalogEntries(database, first.org.id, "2026-06-01");

    expect(listingB.apiModels.map((entry) => entry.shown.model)).not.toContain("Only in A");
    expect(listingA.apiModels.map((entry) => entry.shown.model)).toContain("Only in A");
    expect(listingB.apiModels.every((entry) => entry.shown.id !== undefined)).toBe(true);
  });
});

describe("retire and delete", () => {
  it("retires but never deletes an entry a scenario uses", async () => {
    const { owner, org } = await newOrg("in-use");
    const original = await opusRow(org.id);
    const scenario = await addScenarioUsing(org.id, { teams: [], options: [{ id: "opus", source: { type: "apiModel", key: OPUS } }] });

    const deletion = await deleteCatalogEntry(database, { orgId: org.id, actorId: owner.id, kind: "apiModel", rowId: original.id });
    expect(deletion.status).toBe("in-use");
    expect(deletion.status === "in-use" && deletion.usage.map((usage) => usage.scenarioId)).toEqual([scenario.id]);
    expect(await database.apiModelPrice.count({ where: { orgId: org.id, key: OPUS } })).toBe(1);

    const retirement = await setEntryRetired(database, { orgId: org.id, actorId: owner.id, kind: "apiModel", rowId: original.id, retired: true });
    expect(retirement).toEqual({ status: "done", usedBy: [scenario.name] });
    expect((await opusRow(org.id)).retiredAt).not.toBeNull();
    expect(findRowInForce((await loadCatalogSnapshot(database, org.id)).apiModels, OPUS, "2024-04-15")).toBeUndefined();
  });

  it("deletes an unused entry with all its rows", async () => {
    const { owner, org } = await newOrg("unused");
    const gpt4 = await database.apiModelPrice.findFirstOrThrow({ where: { orgId: org.id, key: "openai/gpt-4" } });
    await changeCatalogPrice(database, {
      orgId: org.id,
      actorId: owner.id,
      kind: "apiModel",
      rowId: gpt4.id,
      values: { ...opusValues(50), provider: "OpenAI", model: "GPT-4 (8k)" },
      effectiveFrom: "2025-01-01",
    });
    const versionBefore = await catalogVersion(org.id);

    const result = await deleteCatalogEntry(database, { orgId: org.id, actorId: owner.id, kind: "apiModel", rowId: gpt4.id });

    expect(result).toEqual({ status: "deleted", rowCount: 2 });
    expect(await database.apiModelPrice.count({ where: { orgId: org.id, key: "openai/gpt-4" } })).toBe(0);
    expect(await catalogVersion(org.id)).toBe(versionBefore + 1);
    const audit = await database.auditEvent.findFirstOrThrow({ where: { orgId: org.id, action: "apiModel.deleted" } });
    expect((audit.details as { before: unknown[] }).before).toHaveLength(2);
  });

  it("keeps a team that a scenario uses", async () => {
    const { owner, org } = await newOrg("team-use");
    const created = await createCatalogEntry(database, {
      orgId: org.id,
      actorId: owner.id,
      kind: "team",
      values: { name: "Verification", engineers: 40, adoption: 1, queriesPerEngineerPerDay: 20, inputTokensPerQuery: 1000, outputTokensPerQuery: 500, cachedInputShare: 0, annualHeadcountGrowth: 0.1 },
      effectiveFrom: null,
    });
    expect(created.status).toBe("created");
    const teamId = created.status === "created" ? created.id : "";
    await addScenarioUsing(org.id, { teams: [{ teamId }], options: [] });

    expect((await deleteCatalogEntry(database, { orgId: org.id, actorId: owner.id, kind: "team", rowId: teamId })).status).toBe("in-use");
    expect(await database.team.count({ where: { orgId: org.id, id: teamId } })).toBe(1);
  });
});

describe("createCatalogEntry", () => {
  it("rejects a duplicate team name", async () => {
    const { owner, org } = await newOrg("dup-team");
    const values = { name: "Layout", engineers: 10, adoption: 1, queriesPerEngineerPerDay: 20, inputTokensPerQuery: 1000, outputTokensPerQuery: 500, cachedInputShare: 0, annualHeadcountGrowth: 0 };
    const input = { orgId: org.id, actorId: owner.id, kind: "team" as const, values, effectiveFrom: null };

    expect((await createCatalogEntry(database, input)).status).toBe("created");
    expect(await createCatalogEntry(database, input)).toEqual({ status: "duplicate", field: "name" });
  });

  it("stores an owned GPU whose hourly cost is derived", async () => {
    const { owner, org } = await newOrg("owned-gpu");
    const result = await createCatalogEntry(database, {
      orgId: org.id,
      actorId: owner.id,
      kind: "gpuPrice",
      values: {
        gpuModel: "H100 80 GB SXM",
        memoryGb: 80,
        market: "owned",
        provider: "Our data center",
        pricePerGpuHour: null,
        purchasePrice: 30000,
        amortizationYears: 4,
        powerKwPerGpu: 0.7,
        pue: 1.3,
        electricityPricePerKwh: 0.1,
        sourceUrl: null,
        checkedAt: null,
        notes: null,
      },
      effectiveFrom: "2026-01-01",
    });

    expect(result).toMatchObject({ status: "created", key: "our-data-center/h100-80-gb-sxm-owned" });
    const listing = await listCatalogEntries(database, org.id, "2026-06-01");
    const owned = listing.gpuPrices.find((entry) => entry.key === "our-data-center/h100-80-gb-sxm-owned");
    expect(owned?.shown.purchasePrice).toBe(30000);
  });
});
