import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { reportToCsv, reportToJson } from "@/lib/report/export";
import { isUnitPriceField } from "@/lib/report/unit-prices";

import type { Database } from "../db/client";
import { getCurrentReportData } from "../reports/get-report-data";
import { saveScenarioRevision } from "../scenarios/save-revision";
import { demoScenarioInputs, seedDemoOrganization } from "../seed/seed-demo";
import { createTestUser, openTestDatabase, uniqueSuffix } from "../testing/test-database";

import { createShareLink, type ShareLinkForm } from "./create-share-link";
import { findActiveShareLink, recordShareLinkViews } from "./find-share-link";
import { getSharedReport } from "./get-shared-report";
import { listShareLinks } from "./list-share-links";
import { revokeShareLink } from "./revoke-share-link";
import { generateShareToken } from "./share-token";

const TODAY = "2026-12-04";
const NOW = new Date(`${TODAY}T12:00:00Z`);

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
});

afterAll(async () => {
  await database.$disconnect();
});

async function seedOrg(label: string) {
  const owner = await createTestUser(database, label);
  const suffix = uniqueSuffix();
  const seeded = await seedDemoOrganization(database, { ownerId: owner.id, slug: `${label}-${suffix}`, name: `${label} ${suffix}`, today: TODAY });

  return { owner, ...seeded! };
}

function form(overrides: Partial<ShareLinkForm> = {}): ShareLinkForm {
  return { label: null, follow: "revision", expiresOn: "", hideUnitPrices: false, revisionNumber: 1, ...overrides };
}

async function share(seeded: Awaited<ReturnType<typeof seedOrg>>, overrides: Partial<ShareLinkForm> = {}) {
  const created = await createShareLink(database, { orgId: seeded.orgId, scenarioId: seeded.scenarioId, actorId: seeded.owner.id, form: form(overrides), now: NOW });
  if (created.status !== "created") throw new Error(`share link not created: ${created.status}`);

  return created;
}

describe("share link lookup", () => {
  it("finds a valid link and stores only the token's hash", async () => {
    const seeded = await seedOrg("lookup");
    const { token, linkId } = await share(seeded);

    const link = await findActiveShareLink(database, token, NOW);
    expect(link).toMatchObject({ id: linkId, scenarioId: seeded.scenarioId, org: { id: seeded.orgId, currency: "USD" } });

    const stored = await database.shareLink.findUniqueOrThrow({ where: { id: linkId } });
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it("returns null alike for expired, revoked, missing and malformed tokens", async () => {
    const seeded = await seedOrg("inactive");
    const expiring = await share(seeded, { expiresOn: TODAY });
    const revoked = await share(seeded);
    await revokeShareLink(database, { orgId: seeded.orgId, linkId: revoked.linkId, actorId: seeded.owner.id, now: NOW });

    // The link expiring today still works today and stops the next day.
    expect(await findActiveShareLink(database, expiring.token, NOW)).not.toBeNull();
    const tomorrow = new Date(NOW.getTime() + 24 * 3600 * 1000);

    expect(await findActiveShareLink(database, expiring.token, tomorrow)).toBeNull();
    expect(await findActiveShareLink(database, revoked.token, NOW)).toBeNull();
    expect(await findActiveShareLink(database, generateShareToken().token, NOW)).toBeNull();
    expect(await findActiveShareLink(database, "not-a-token", NOW)).toBeNull();
  });

  it("rejects an expiry in the past", async () => {
    const seeded = await seedOrg("past");
    const created = await createShareLink(database, { orgId: seeded.orgId, scenarioId: seeded.scenarioId, actorId: seeded.owner.id, form: form({ expiresOn: "2026-12-03" }), now: NOW });

    expect(created).toMatchObject({ status: "invalid", field: "expiresOn" });
  });

  it("hides a link to an archived scenario", async () => {
    const seeded = await seedOrg("archived");
    const { token } = await share(seeded);
    await database.scenario.update({ where: { id: seeded.scenarioId }, data: { archivedAt: NOW } });

    expect(await findActiveShareLink(database, token, NOW)).toBeNull();
  });
});

describe("shared report", () => {
  it("keeps a pinned revision's stored prices after a catalog change and says so", async () => {
    const seeded = await seedOrg("pinned");
    const pinned = await share(seeded, { follow: "revision" });
    const latest = await share(seeded, { follow: "latest" });

    // A catalog edit: Claude 3 Opus output drops from 75 to 60 per 1M tokens, and the catalog version moves on.
    await database.apiModelPrice.updateMany({ where: { orgId: seeded.orgId, key: "anthropic/claude-3-opus" }, data: { outputPricePerMTok: 60 } });
    await database.organization.update({ where: { id: seeded.orgId }, data: { catalogVersion: { increment: 1 } } });

    const pinnedLink = (await findActiveShareLink(database, pinned.token, NOW))!;
    const pinnedReport = await getSharedReport(database, pinnedLink, TODAY);
    expect(pinnedReport?.status).toBe("ready");
    if (pinnedReport?.status !== "ready") return;

    const opusOf = (report: typeof pinnedReport.report) => report.options.find((option) => option.id === "claude-3-opus")!.total;
    expect(opusOf(pinnedReport.report)).toBeCloseTo(262_500, 2);
    expect(pinnedReport.report.catalogChangedSince).toBe(true);
    expect(pinnedReport.report.revision).toEqual({ number: 1, pinned: true });
    expect(pinnedReport.report.pricesAsOf).toBe("2024-04-15");
    expect(pinnedReport.report.assumptions.find((row) => row.optionId === "claude-3-opus" && row.field === "outputPricePerMTok")?.value).toBe(75);

    const latestLink = (await findActiveShareLink(database, latest.token, NOW))!;
    const latestReport = await getSharedReport(database, latestLink, TODAY);
    if (latestReport?.status !== "ready") throw new Error("latest report not ready");
    // 2.5e9 output tokens at 60 instead of 75 per million.
    expect(opusOf(latestReport.report)).toBeCloseTo(225_000, 2);
    expect(latestReport.report.catalogChangedSince).toBe(false);
  });

  it("computes the reference numbers and the charts' data", async () => {
    const seeded = await seedOrg("numbers");
    const org = await database.organization.findUniqueOrThrow({ where: { id: seeded.orgId } });
    const result = await getCurrentReportData(database, { org, scenarioId: seeded.scenarioId, today: TODAY, hideUnitPrices: false });
    if (result?.status !== "ready") throw new Error("report not ready");
    const { report } = result;

    expect(report.cheapestOptionId).toBe("chipnemo-70b");
    expect(report.comparisons.map((comparison) => [comparison.optionId, comparison.baselineId])).toEqual([
      ["chipnemo-70b", "claude-3-opus"],
      ["chipnemo-70b", "gpt-4-turbo"],
    ]);
    expect(report.comparisons[0].savings).toBeCloseTo(1 - 12_850.64 / 262_500, 6);
    expect(report.sweep.series).toHaveLength(3);
    expect(report.sweep.breakEvens.length).toBeGreaterThan(0);
    expect(report.cumulative.months).toHaveLength(13);
    expect(report.tornado?.bars.length).toBeGreaterThan(0);
    expect(report.monteCarlo).toBeNull();
    expect(report.assumptions.some((row) => row.sourceUrl !== null && row.checkedAt !== null)).toBe(true);
  });

  it("hides unit prices in the data and the exports", async () => {
    const seeded = await seedOrg("hidden");
    const { token } = await share(seeded, { hideUnitPrices: true });
    const link = (await findActiveShareLink(database, token, NOW))!;
    const result = await getSharedReport(database, link, TODAY);
    if (result?.status !== "ready") throw new Error("report not ready");

    const unitPriceRows = result.report.assumptions.filter((row) => row.unitPrice);
    expect(unitPriceRows.length).toBeGreaterThan(0);
    expect(unitPriceRows.every((row) => row.value === null)).toBe(true);
    expect(result.report.tornado!.bars.filter((bar) => isUnitPriceField(bar.input))).toEqual([]);

    const json = reportToJson(result.report);
    const csv = reportToCsv(result.report);
    for (const field of ["inputPricePerMTok", "outputPricePerMTok", "trainingGpuHourPrice", "servingGpuHourPrice"]) {
      expect(csv).not.toMatch(new RegExp(`assumption,[^\\r]*,${field},`));
      expect(csv).not.toMatch(new RegExp(`${field},low,`));
    }
    expect(json).not.toMatch(/"value": (75|15|30|10|4\.1)\b/);
    expect(csv).toContain("option,claude-3-opus,,,total,262500");
  });

  it("drops unit-price bars of a seat option when prices are hidden", async () => {
    const seeded = await seedOrg("seat-hidden");
    const team = await database.team.findFirstOrThrow({ where: { orgId: seeded.orgId } });
    const inputs = demoScenarioInputs(team.id);
    // With only an API option and a seat plan, the tornado chart explains the seat plan's savings against the API.
    inputs.options = [inputs.options[0], { id: "chatgpt-team", source: { type: "seatPlan", key: "openai/chatgpt-team-annual" } }];
    const saved = await saveScenarioRevision(database, { orgId: seeded.orgId, scenarioId: seeded.scenarioId, authorId: seeded.owner.id, expectedVersion: 1, inputs, message: "Add a seat plan", today: TODAY });
    expect(saved.status).toBe("saved");

    const org = await database.organization.findUniqueOrThrow({ where: { id: seeded.orgId } });
    const shown = await getCurrentReportData(database, { org, scenarioId: seeded.scenarioId, today: TODAY, hideUnitPrices: false });
    if (shown?.status !== "ready") throw new Error("report not ready");
    expect(shown.report.tornado!.bars.map((bar) => bar.input)).toContain("options[1].pricePerSeatPerMonth");

    const { token } = await share(seeded, { hideUnitPrices: true, revisionNumber: 2 });
    const link = (await findActiveShareLink(database, token, NOW))!;
    const result = await getSharedReport(database, link, TODAY);
    if (result?.status !== "ready") throw new Error("report not ready");
    const { report } = result;
    expect(report.revision).toEqual({ number: 2, pinned: true });
    expect(report.tornado!.optionId).toBe("chatgpt-team");
    expect(report.tornado!.bars.length).toBeGreaterThan(0);
    expect(report.tornado!.bars.filter((bar) => isUnitPriceField(bar.input))).toEqual([]);

    const exported = JSON.parse(reportToJson(report)) as { tornado: { bars: { input: string }[] } };
    expect(exported.tornado.bars.filter((bar) => isUnitPriceField(bar.input))).toEqual([]);

    const tornadoInputs = reportToCsv(report)
      .split("\r\n")
      .filter((line) => line.startsWith("tornado,"))
      .map((line) => line.split(",")[3]);
    expect(tornadoInputs.length).toBeGreaterThan(1);
    expect(tornadoInputs.filter((input) => input !== "" && isUnitPriceField(input))).toEqual([]);
  });

  it("counts views", async () => {
    const seeded = await seedOrg("views");
    const { linkId } = await share(seeded);
    await recordShareLinkViews(database, linkId, 1, NOW);
    await recordShareLinkViews(database, linkId, 2, NOW);

    const [summary] = await listShareLinks(database, seeded.orgId, seeded.scenarioId);
    expect(summary.views).toBe(3);
    expect(summary.lastViewedAt).toEqual(NOW);
  });
});

describe("share link management", () => {
  it("keeps each organization's links to itself", async () => {
    const victim = await seedOrg("victim");
    const attacker = await seedOrg("attacker");
    const { token, linkId } = await share(victim);

    expect(await revokeShareLink(database, { orgId: attacker.orgId, linkId, actorId: attacker.owner.id, now: NOW })).toBe(false);
    expect(await findActiveShareLink(database, token, NOW)).not.toBeNull();
    expect(await listShareLinks(database, attacker.orgId, victim.scenarioId)).toEqual([]);

    const foreign = await createShareLink(database, { orgId: attacker.orgId, scenarioId: victim.scenarioId, actorId: attacker.owner.id, form: form(), now: NOW });
    expect(foreign).toEqual({ status: "not-found" });
  });

  it("pins the revision the form showed, not the latest", async () => {
    const seeded = await seedOrg("pin-shown");
    const team = await database.team.findFirstOrThrow({ where: { orgId: seeded.orgId } });
    const saved = await saveScenarioRevision(database, {
      orgId: seeded.orgId,
      scenarioId: seeded.scenarioId,
      authorId: seeded.owner.id,
      expectedVersion: 1,
      inputs: { ...demoScenarioInputs(team.id), baselineId: "gpt-4-turbo" },
      message: "Saved while the share form was open",
      today: TODAY,
    });
    expect(saved.status).toBe("saved");

    const created = await share(seeded, { follow: "revision", revisionNumber: 1 });
    expect(created.revisionNumber).toBe(1);
    expect(created.latestRevisionNumber).toBe(2);

    const firstRevision = await database.scenarioRevision.findFirstOrThrow({ where: { scenarioId: seeded.scenarioId, number: 1 } });
    const stored = await database.shareLink.findUniqueOrThrow({ where: { id: created.linkId } });
    expect(stored.revisionId).toBe(firstRevision.id);

    const audit = await database.auditEvent.findFirstOrThrow({ where: { orgId: seeded.orgId, targetId: created.linkId } });
    expect(audit.details).toMatchObject({ new: { revisionNumber: 1 } });

    const following = await share(seeded, { follow: "latest", revisionNumber: 1 });
    expect(following.revisionNumber).toBeNull();

    const missing = await createShareLink(database, { orgId: seeded.orgId, scenarioId: seeded.scenarioId, actorId: seeded.owner.id, form: form({ revisionNumber: 3 }), now: NOW });
    expect(missing).toEqual({ status: "not-found" });
  });

  it("writes audit events for creation and revocation", async () => {
    const seeded = await seedOrg("audit");
    const { linkId } = await share(seeded, { label: "Board pack", hideUnitPrices: true });
    expect(await revokeShareLink(database, { orgId: seeded.orgId, linkId, actorId: seeded.owner.id, now: NOW })).toBe(true);
    expect(await revokeShareLink(database, { orgId: seeded.orgId, linkId, actorId: seeded.owner.id, now: NOW })).toBe(false);

    const events = await database.auditEvent.findMany({ where: { orgId: seeded.orgId, targetId: linkId }, orderBy: { createdAt: "asc" } });
    expect(events.map((event) => event.action)).toEqual(["share_link.created", "share_link.revoked"]);
    expect(events[0].actorId).toBe(seeded.owner.id);
    expect(events[0].details).toMatchObject({ new: { label: "Board pack", hideUnitPrices: true, revisionNumber: 1 } });
  });
});
