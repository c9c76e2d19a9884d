import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "../db/client";
import { seedDemoOrganization } from "../seed/seed-demo";
import { openTestDatabase, uniqueSuffix } from "../testing/test-database";

import { getMemberReportData, parseRevisionNumber } from "./get-report-data";

const TODAY = "2026-12-04";

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
});

afterAll(async () => {
  await database.$disconnect();
});

async function seed() {
  const suffix = uniqueSuffix();
  const seeded = await seedDemoOrganization(database, { ownerId: null, slug: `member-${suffix}`, name: `Member ${suffix}`, today: TODAY });
  const org = await database.organization.findUniqueOrThrow({ where: { id: seeded!.orgId } });

  return { ...seeded!, org };
}

function readyReport(result: Awaited<ReturnType<typeof getMemberReportData>>) {
  if (result?.status !== "ready") throw new Error(`report not ready: ${result?.status}`);

  return result.report;
}

const opusTotal = (result: Awaited<ReturnType<typeof getMemberReportData>>) =>
  readyReport(result).options.find((option) => option.id === "claude-3-opus")!.total;

describe("getMemberReportData", () => {
  it("shows a stored revision or the current catalog", async () => {
    const seeded = await seed();
    await database.apiModelPrice.updateMany({ where: { orgId: seeded.orgId, key: "anthropic/claude-3-opus" }, data: { outputPricePerMTok: 60 } });
    const org = await database.organization.update({ where: { id: seeded.orgId }, data: { catalogVersion: { increment: 1 } } });

    const stored = await getMemberReportData(database, { org, scenarioId: seeded.scenarioId, revisionNumber: 1, today: TODAY });
    const current = await getMemberReportData(database, { org, scenarioId: seeded.scenarioId, revisionNumber: null, today: TODAY });

    expect(opusTotal(stored)).toBeCloseTo(262_500, 2);
    expect(readyReport(stored).catalogChangedSince).toBe(true);
    expect(readyReport(stored).revision.pinned).toBe(true);
    expect(opusTotal(current)).toBeCloseTo(225_000, 2);
    expect(readyReport(current).revision.pinned).toBe(false);
  });

  it("returns null for a missing revision or a foreign scenario", async () => {
    const first = await seed();
    const second = await seed();

    expect(await getMemberReportData(database, { org: first.org, scenarioId: first.scenarioId, revisionNumber: 99, today: TODAY })).toBeNull();
    expect(await getMemberReportData(database, { org: second.org, scenarioId: first.scenarioId, revisionNumber: 1, today: TODAY })).toBeNull();
    expect(await getMemberReportData(database, { org: second.org, scenarioId: first.scenarioId, revisionNumber: null, today: TODAY })).toBeNull();
  });
});

describe("parseRevisionNumber", () => {
  it.each([
    ["3", 3],
    [["12", "4"], 12],
    [undefined, null],
    ["0", null],
    ["-1", null],
    ["1.5", null],
    ["abc", null],
    ["1234567890", null],
  ] as const)("reads %j as %j", (value, expected) => {
    expect(parseRevisionNumber(value as string | string[] | undefined)).toBe(expected);
  });
});
