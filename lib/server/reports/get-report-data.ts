import "server-only";

import { z } from "zod";

import { buildReportData } from "@/lib/report/build-report";
import type { ReportData } from "@/lib/report/report-data";
import type { ResolveProblem } from "@/lib/scenario/resolve";
import { evaluateScenario, safeParseScenario } from "@/lib/tco";

import { toIsoDate } from "../catalog/load-catalog";
import type { Database } from "../db";

import { getReportCache, reportCacheKey } from "./report-cache";
import { getScenarioReport } from "./get-scenario-report";

export interface ReportOrg {
  id: string;
  currency: string;
  catalogVersion: number;
}

/** A report ready to show, or the reasons it cannot be computed (never numbers computed from a 0 price). */
export type ReportResult =
  | {
      status: "ready";
      report: ReportData;
      /** Names this report in the caches; equal keys mean equal report bodies. */
      cacheKey: string;
    }
  | {
      status: "problems";
      scenario: { name: string; description: string | null };
      revision: { number: number; pinned: boolean };
      pricesAsOf: string;
      problems: ResolveProblem[];
    };

const provenanceSchema = z.array(
  z.object({
    optionId: z.string(),
    field: z.string(),
    value: z.number(),
    entry: z.string(),
    sourceUrl: z.string().nullable(),
    checkedAt: z.string().nullable(),
    verified: z.boolean(),
    unitPrice: z.boolean(),
  }),
);

const storedResolvedSchema = z.object({ document: z.unknown(), provenance: provenanceSchema });

/** Replaces the cached scenario name and description, which can change without a new revision. */
function withScenario(report: ReportData, scenario: { name: string; description: string | null }): ReportData {
  return { ...report, scenario };
}

/**
 * Computes (or takes from the cache) the report of a scenario's latest revision, resolved
 * against the organization's current catalog. Returns null for a scenario without revisions,
 * a missing one, or one in another organization.
 */
export async function getCurrentReportData(
  database: Database,
  request: { org: ReportOrg; scenarioId: string; today: string; hideUnitPrices: boolean },
): Promise<ReportResult | null> {
  const { org, scenarioId, today, hideUnitPrices } = request;
  const scenario = await database.scenario.findFirst({
    where: { id: scenarioId, orgId: org.id },
    select: { name: true, description: true, revisions: { orderBy: { number: "desc" }, take: 1, select: { id: true } } },
  });
  const latest = scenario?.revisions[0];
  if (!scenario || !latest) return null;

  const header = { name: scenario.name, description: scenario.description };
  const cache = getReportCache();
  const key = reportCacheKey({ mode: "current", revisionId: latest.id, catalogVersion: org.catalogVersion, hideUnitPrices, today });
  const cached = cache.get(key);
  if (cached) return { status: "ready", report: withScenario(cached, header), cacheKey: key };

  const computed = await getScenarioReport(database, org.id, scenarioId, today);
  if (!computed) return null;

  const revision = { number: computed.revision.number, pinned: false };
  if (!computed.model || !computed.evaluation) {
    return { status: "problems", scenario: header, revision, pricesAsOf: computed.pricesAsOf, problems: computed.problems };
  }

  const report = buildReportData({
    document: computed.document,
    model: computed.model,
    evaluation: computed.evaluation,
    provenance: computed.provenance,
    scenario: header,
    currency: org.currency,
    revision,
    pricesAsOf: computed.pricesAsOf,
    catalogChangedSince: false,
    hideUnitPrices,
  });
  // A save between the two reads computed a newer revision than `key` names: key it by that one.
  const computedKey = reportCacheKey({ mode: "current", revisionId: computed.revision.id, catalogVersion: org.catalogVersion, hideUnitPrices, today });
  cache.set(computedKey, report);

  return { status: "ready", report, cacheKey: computedKey };
}

/**
 * Computes (or takes from the cache) the report of one revision from the values stored with it
 * at save time. It reads the same however the catalog changes later, and `catalogChangedSince`
 * is true once the catalog has changed.
 */
export async function getPinnedReportData(
  database: Database,
  request: { org: ReportOrg; scenarioId: string; revisionId: string; hideUnitPrices: boolean },
): Promise<ReportResult | null> {
  const { org, scenarioId, revisionId, hideUnitPrices } = request;
  const revision = await database.scenarioRevision.findFirst({
    where: { id: revisionId, scenarioId, orgId: org.id },
    select: { id: true, number: true, pricesAsOf: true, catalogVersion: true, scenario: { select: { name: true, description: true } } },
  });
  if (!revision) return null;

  const header = { name: revision.scenario.name, description: revision.scenario.description };
  const cache = getReportCache();
  const key = reportCacheKey({ mode: "pinned", revisionId, catalogVersion: org.catalogVersion, hideUnitPrices, today: "" });
  const cached = cache.get(key);
  if (cached) return { status: "ready", report: withScenario(cached, header), cacheKey: key };

  const stored = await database.scenarioRevision.findFirst({ where: { id: revisionId, orgId: org.id }, select: { resolved: true } });
  const pricesAsOf = toIsoDate(revision.pricesAsOf);
  const pinned = { number: revision.number, pinned: true };
  const parsedStored = storedResolvedSchema.safeParse(stored?.resolved);
  if (!parsedStored.success) {
    const problem = { path: "resolved", message: "The values stored with this revision are unreadable. Save the scenario again to store them anew." };

    return { status: "problems", scenario: header, revision: pinned, pricesAsOf, problems: [problem] };
  }

  const model = safeParseScenario(parsedStored.data.document);
  if (!model.ok) return { status: "problems", scenario: header, revision: pinned, pricesAsOf, problems: model.issues };

  const report = buildReportData({
    document: parsedStored.data.document,
    model: model.scenario,
    evaluation: evaluateScenario(model.scenario, {}),
    provenance: parsedStored.data.provenance,
    scenario: header,
    currency: org.currency,
    revision: pinned,
    pricesAsOf,
    catalogChangedSince: revision.catalogVersion < org.catalogVersion,
    hideUnitPrices,
  });
  cache.set(key, report);

  return { status: "ready", report, cacheKey: key };
}

/** Returns the id of revision `number` of a scenario of `orgId`, or null when there is none. */
export async function findRevisionIdByNumber(database: Database, orgId: string, scenarioId: string, number: number): Promise<string | null> {
  const revision = await database.scenarioRevision.findFirst({ where: { orgId, scenarioId, number }, select: { id: true } });

  return revision?.id ?? null;
}

/**
 * Computes the report a member asked for: revision `revisionNumber` from its stored values, or
 * the latest revision on the current catalog when no number is given. Returns null for a missing
 * scenario or revision.
 */
export async function getMemberReportData(
  database: Database,
  request: { org: ReportOrg; scenarioId: string; revisionNumber: number | null; today: string },
): Promise<ReportResult | null> {
  const { org, scenarioId, revisionNumber, today } = request;
  if (revisionNumber === null) return getCurrentReportData(database, { org, scenarioId, today, hideUnitPrices: false });

  const revisionId = await findRevisionIdByNumber(database, org.id, scenarioId, revisionNumber);
  if (!revisionId) return null;

  return getPinnedReportData(database, { org, scenarioId, revisionId, hideUnitPrices: false });
}

/** Parses the `revision` query parameter: a positive whole number, or null when absent or malformed. */
export function parseRevisionNumber(unverifiedValue: string | string[] | null | undefined): number | null {
  const value = Array.isArray(unverifiedValue) ? unverifiedValue[0] : unverifiedValue;
  if (!value || !/^[1-9]\d{0,8}$/.test(value)) return null;

  return Number(value);
}
