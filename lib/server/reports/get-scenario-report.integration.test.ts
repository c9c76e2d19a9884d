import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "../db/client";
import { seedDemoOrganization } from "../seed/seed-demo";
import { openTestDatabase, uniqueSuffix } from "../testing/test-database";

import { getCurrentReportData } from "./get-report-data";
import { getScenarioReport } from "./get-scenario-report";

const TODAY = "2026-12-04";

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
});

afterAll(async () => {
  await database.$disconnect();
});

describe("getScenarioReport", () => {
  it("computes the reference case from the database", async () => {
    const suffix = uniqueSuffix();
    const seeded = await seedDemoOrganization(database, { ownerId: null, slug: `report-${suffix}`, name: `Report ${suffix}`, today: TODAY });
    const report = await getScenarioReport(database, seeded!.orgId, seeded!.scenarioId, TODAY);

    const totals = Object.fromEntries(report!.evaluation!.options.map((option) => [option.id, option.total]));
    expect(totals["claude-3-opus"]).toBeCloseTo(262_500, 2);
    expect(totals["gpt-4-turbo"]).toBeCloseTo(125_000, 2);
    expect(totals["chipnemo-70b"]).toBeCloseTo(12_850.64, 2);
    expect(report!.pricesAsOf).toBe("2024-04-15");
    expect(report!.problems).toEqual([]);
  });

  it("follows a price change in the catalog", async () => {
    const suffix = uniqueSuffix();
    const seeded = await seedDemoOrganization(database, { ownerId: null, slug: `price-${suffix}`, name: `Price ${suffix}`, today: TODAY });
    await database.apiModelPrice.updateMany({
      where: { orgId: seeded!.orgId, key: "anthropic/claude-3-opus" },
      data: { outputPricePerMTok: 60 },
    });

    const report = await getScenarioReport(database, seeded!.orgId, seeded!.scenarioId, TODAY);
    const opus = report!.evaluation!.options.find((option) => option.id === "claude-3-opus");

    // 5,000,000 requests: 5e9 input tokens at 15 plus 2.5e9 output tokens at 60 per million.
    expect(opus!.total).toBeCloseTo(75_000 + 150_000, 2);
  });

  it("returns null for another organization's scenario", async () => {
    const first = await seedDemoOrganization(database, { ownerId: null, slug: `a-${uniqueSuffix()}`, today: TODAY });
    const second = await seedDemoOrganization(database, { ownerId: null, slug: `b-${uniqueSuffix()}`, today: TODAY });

    expect(await getScenarioReport(database, second!.orgId, first!.scenarioId, TODAY)).toBeNull();
  });

  it("reports a stored revision that fails the schema", async () => {
    const suffix = uniqueSuffix();
    const seeded = (await seedDemoOrganization(database, { ownerId: null, slug: `broken-${suffix}`, name: `Broken ${suffix}`, today: TODAY }))!;
    const first = await database.scenarioRevision.findFirstOrThrow({ where: { scenarioId: seeded.scenarioId, number: 1 } });
    // A revision written under an older schema: its horizon is a bare number.
    const inputs = { ...(first.inputs as Record<string, unknown>), horizon: 3 };
    await database.scenarioRevision.create({
      data: { orgId: seeded.orgId, scenarioId: seeded.scenarioId, number: 2, inputs, resolved: first.resolved ?? {}, pricesAsOf: first.pricesAsOf, catalogVersion: first.catalogVersion },
    });

    const report = await getScenarioReport(database, seeded.orgId, seeded.scenarioId, TODAY);

    expect(report?.revision.number).toBe(2);
    expect(report?.evaluation).toBeNull();
    expect(report?.inputs).toBeNull();
    expect(report?.problems).toHaveLength(1);
    expect(report?.problems[0].message).toMatch(/^Revision 2 cannot be read: horizon: .+/);

    const org = await database.organization.findUniqueOrThrow({ where: { id: seeded.orgId } });
    const data = await getCurrentReportData(database, { org, scenarioId: seeded.scenarioId, today: TODAY, hideUnitPrices: false });
    expect(data?.status).toBe("problems");
  });
});
