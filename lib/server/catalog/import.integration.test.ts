import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "../db/client";
import { createOrganization } from "../orgs/create-organization";
import { createTestUser, openTestDatabase, uniqueSuffix } from "../testing/test-database";

import { applyPriceImport, previewPriceImport } from "./apply-price-import";
import { correctCatalogRow } from "./correct-catalog-row";
import { listApiModelPrices } from "./list-api-model-prices";

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
});

afterAll(async () => {
  await database.$disconnect();
});

const TODAY = "2026-12-04";

const FILE = [
  "provider,model,input_per_mtok,cached_input_per_mtok,output_per_mtok,discount_percent,effective_from",
  "Anthropic,Claude 3 Opus,15,1.5,75,0,2024-03-04",
  "Anthropic,Claude 3 Opus,15,1.5,60,0,2025-01-01",
  "OpenAI,GPT-4 Turbo,9,,30,0,2023-11-06",
  "Acme,Acme Coder,1,,2,0,2026-01-01",
  "Acme,Acme Coder,0.5,,1,0,2026-06-01",
].join("\n");

async function catalogVersionOf(orgId: string): Promise<number> {
  return (await database.organization.findUniqueOrThrow({ where: { id: orgId } })).catalogVersion;
}

async function newOrg() {
  const owner = await createTestUser(database, "importer");
  const org = await createOrganization(database, owner.id, { name: `Import ${uniqueSuffix()}`, currency: "USD" });

  return { owner, org };
}

describe("price import", () => {
  it("previews without writing", async () => {
    const { org } = await newOrg();
    const before = await database.apiModelPrice.count({ where: { orgId: org.id } });

    const preview = await previewPriceImport(database, { orgId: org.id, format: "csv", text: FILE, today: TODAY });

    expect(preview.planned.map((row) => [row.line, row.action, row.reason])).toEqual([
      [2, "skip", "Same prices as the catalog row from 2024-03-04."],
      [3, "update", "New price from 2025-01-01; earlier prices stay in the history."],
      [4, "update", "Corrects the catalog row from 2023-11-06."],
      [5, "add", "New model."],
      [6, "add", "New model."],
    ]);
    expect(await database.apiModelPrice.count({ where: { orgId: org.id } })).toBe(before);
  });

  it("applies the confirmed file with audit events", async () => {
    const { owner, org } = await newOrg();
    const versionBefore = (await database.organization.findUniqueOrThrow({ where: { id: org.id } })).catalogVersion;

    const preview = await previewPriceImport(database, { orgId: org.id, format: "csv", text: FILE, today: TODAY });
    expect(preview.catalogVersion).toBe(versionBefore);

    const result = await applyPriceImport(database, { orgId: org.id, actorId: owner.id, format: "csv", text: FILE, today: TODAY, expectedCatalogVersion: preview.catalogVersion });

    expect(result).toEqual({ status: "applied", added: 1, updated: 3 });
    const rows = await listApiModelPrices(database, org.id);
    const opus = rows.filter((row) => row.model === "Claude 3 Opus").map((row) => [row.effectiveFrom, row.outputPricePerMTok]);
    expect(opus).toEqual([
      ["2024-03-04", 75],
      ["2025-01-01", 60],
    ]);
    expect(rows.find((row) => row.model === "GPT-4 Turbo")?.inputPricePerMTok).toBe(9);
    expect(rows.filter((row) => row.model === "Acme Coder").map((row) => row.outputPricePerMTok)).toEqual([2, 1]);
    expect((await database.organization.findUniqueOrThrow({ where: { id: org.id } })).catalogVersion).toBe(versionBefore + 4);
    expect(await database.auditEvent.count({ where: { orgId: org.id, actorId: owner.id, targetType: "apiModelPrice" } })).toBe(4);
  });

  it("writes nothing when a row is invalid", async () => {
    const { owner, org } = await newOrg();
    const before = await database.apiModelPrice.count({ where: { orgId: org.id } });

    const result = await applyPriceImport(database, {
      orgId: org.id,
      actorId: owner.id,
      format: "csv",
      text: `${FILE}\nBroken,Row,abc,,1,0,2026-01-01`,
      today: TODAY,
      expectedCatalogVersion: await catalogVersionOf(org.id),
    });

    expect(result.status).toBe("invalid");
    expect(result.status === "invalid" && result.preview.parsed.errors).toEqual([
      { line: 7, field: "input_per_mtok", message: "Enter a plain number such as 15 or 2.5, without currency signs or units." },
    ]);
    expect(await database.apiModelPrice.count({ where: { orgId: org.id } })).toBe(before);
  });

  it("writes nothing when the catalog changed since the preview", async () => {
    const { owner, org } = await newOrg();
    const preview = await previewPriceImport(database, { orgId: org.id, format: "csv", text: FILE, today: TODAY });

    // Another person corrects GPT-4 Turbo, the row that line 4 of the file would correct, after the preview.
    const gpt4Turbo = await database.apiModelPrice.findFirstOrThrow({ where: { orgId: org.id, key: "openai/gpt-4-turbo" } });
    const edited = await correctCatalogRow(database, {
      orgId: org.id,
      actorId: owner.id,
      kind: "apiModel",
      rowId: gpt4Turbo.id,
      values: { provider: "OpenAI", model: "GPT-4 Turbo", inputPricePerMTok: 8, cachedInputPricePerMTok: null, outputPricePerMTok: 24, discount: 0, sourceUrl: null, checkedAt: null, notes: null },
      expectedUpdatedAt: gpt4Turbo.updatedAt.toISOString(),
    });
    expect(edited.status).toBe("corrected");
    const rowsBefore = await listApiModelPrices(database, org.id);
    const auditBefore = await database.auditEvent.count({ where: { orgId: org.id } });

    const result = await applyPriceImport(database, { orgId: org.id, actorId: owner.id, format: "csv", text: FILE, today: TODAY, expectedCatalogVersion: preview.catalogVersion });

    expect(result).toEqual({ status: "conflict" });
    expect(await listApiModelPrices(database, org.id)).toEqual(rowsBefore);
    expect((await listApiModelPrices(database, org.id)).find((row) => row.model === "GPT-4 Turbo")?.inputPricePerMTok).toBe(8);
    expect(await database.auditEvent.count({ where: { orgId: org.id } })).toBe(auditBefore);
  });
});
