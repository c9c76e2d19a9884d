import { findRowInForce, gpuHourlyCost, type CatalogSnapshot, type DatedRow } from "./catalog-types";
import type { OptionSource, ScenarioInputs } from "./inputs";

/** Source of one input of a resolved option, for the report's assumptions table. */
export interface Provenance {
  optionId: string;
  field: string;
  value: number;
  entry: string;
  sourceUrl: string | null;
  checkedAt: string | null;
  verified: boolean;
  /** True for a unit price that a share link may hide. */
  unitPrice: boolean;
}

export interface ResolveProblem {
  path: string;
  message: string;
}

export interface ResolvedScenario {
  /** The cost model's scenario document, before its own validation and defaults. */
  document: Record<string, unknown>;
  pricesAsOf: string;
  provenance: Provenance[];
  problems: ResolveProblem[];
}

type OptionFields = Record<string, unknown>;

interface ResolvedOption {
  kind: "api" | "seat" | "selfHosted";
  name: string;
  fields: OptionFields;
  provenance: Omit<Provenance, "optionId">[];
}

function describeRow(row: DatedRow, label: string) {
  return { entry: label, sourceUrl: row.sourceUrl, checkedAt: row.checkedAt, verified: row.verified };
}

function missingEntry(kind: string, key: string, asOf: string, catalogRows: readonly DatedRow[]): string {
  const rows = catalogRows.filter((row) => row.key === key);
  if (rows.length === 0) return `refers to ${kind} "${key}", which is not in the catalog. Pick another entry or add it to the catalog.`;
  if (rows.every((row) => row.retiredAt !== null)) return `refers to ${kind} "${key}", which is retired. Pick another entry.`;

  return `refers to ${kind} "${key}", which has no price in force on ${asOf}. Add a price for that date or change "prices as of".`;
}

function resolveSource(source: OptionSource, catalog: CatalogSnapshot, asOf: string): ResolvedOption | string {
  if (source.type === "custom") return { kind: source.kind, name: "Custom option", fields: {}, provenance: [] };

  if (source.type === "apiModel") {
    const row = findRowInForce(catalog.apiModels, source.key, asOf);
    if (!row) return missingEntry("API model", source.key, asOf, catalog.apiModels);

    const label = `${row.provider} ${row.model}`;
    const fields: OptionFields = {
      inputPricePerMTok: row.inputPricePerMTok,
      outputPricePerMTok: row.outputPricePerMTok,
      discount: row.discount,
    };
    if (row.cachedInputPricePerMTok !== null) fields.cachedInputPricePerMTok = row.cachedInputPricePerMTok;

    const provenance = Object.entries(fields).map(([field, value]) => ({
      field,
      value: value as number,
      ...describeRow(row, label),
      unitPrice: true,
    }));

    return { kind: "api", name: row.model, fields, provenance };
  }

  if (source.type === "seatPlan") {
    const row = findRowInForce(catalog.seatPlans, source.key, asOf);
    if (!row) return missingEntry("seat plan", source.key, asOf, catalog.seatPlans);

    const label = `${row.vendor} ${row.name}`;
    const fields = { pricePerSeatPerMonth: row.pricePerSeatPerMonth, minimumSeats: row.minimumSeats };
    const provenance = [
      { field: "pricePerSeatPerMonth", value: row.pricePerSeatPerMonth, ...describeRow(row, label), unitPrice: true },
      { field: "minimumSeats", value: row.minimumSeats, ...describeRow(row, label), unitPrice: false },
    ];

    return { kind: "seat", name: row.name, fields, provenance };
  }

  const profile = catalog.profiles.find((candidate) => candidate.key === source.profileKey);
  if (!profile) return `refers to self-hosted profile "${source.profileKey}", which is not in the catalog. Pick another profile.`;
  if (profile.retiredAt !== null) return `refers to self-hosted profile "${source.profileKey}", which is retired. Pick another profile.`;

  const trainingGpu = findRowInForce(catalog.gpuPrices, source.trainingGpuKey, asOf);
  if (!trainingGpu) return missingEntry("GPU price", source.trainingGpuKey, asOf, catalog.gpuPrices);
  const servingGpu = findRowInForce(catalog.gpuPrices, source.servingGpuKey, asOf);
  if (!servingGpu) return missingEntry("GPU price", source.servingGpuKey, asOf, catalog.gpuPrices);

  const trainingPrice = gpuHourlyCost(trainingGpu);
  if (trainingPrice === null) return `refers to GPU "${source.trainingGpuKey}", whose hourly cost cannot be derived. Complete its owned-hardware fields.`;
  const servingPrice = gpuHourlyCost(servingGpu);
  if (servingPrice === null) return `refers to GPU "${source.servingGpuKey}", whose hourly cost cannot be derived. Complete its owned-hardware fields.`;

  const profileSource = { entry: profile.name, sourceUrl: profile.sourceUrl, checkedAt: profile.checkedAt, verified: true, unitPrice: false };
  const fields: OptionFields = {
    daptGpuHours: profile.daptGpuHours,
    sftGpuHours: profile.sftGpuHours,
    gpusPerReplica: profile.gpusPerReplica,
    throughputTokensPerSecond: profile.throughputTokensPerSecond,
    trainingGpuHourPrice: trainingPrice,
    servingGpuHourPrice: servingPrice,
  };
  if (profile.accuracy !== null) fields.accuracy = profile.accuracy;

  const provenance = [
    { field: "daptGpuHours", value: profile.daptGpuHours, ...profileSource },
    { field: "sftGpuHours", value: profile.sftGpuHours, ...profileSource },
    { field: "gpusPerReplica", value: profile.gpusPerReplica, ...profileSource },
    { field: "throughputTokensPerSecond", value: profile.throughputTokensPerSecond, ...profileSource },
    { field: "trainingGpuHourPrice", value: trainingPrice, ...describeRow(trainingGpu, `${trainingGpu.gpuModel}, ${trainingGpu.provider ?? trainingGpu.market}`), unitPrice: true },
    { field: "servingGpuHourPrice", value: servingPrice, ...describeRow(servingGpu, `${servingGpu.gpuModel}, ${servingGpu.provider ?? servingGpu.market}`), unitPrice: true },
  ];

  return { kind: "selfHosted", name: profile.name, fields, provenance };
}

/**
 * Builds the cost model's scenario document from the editor's inputs and the catalog in force
 * on `pricesAsOf` (or `today` when the inputs leave it open). Overrides win over catalog values.
 * A missing, retired or unpriced entry is reported as a problem naming it; nothing is priced at 0.
 */
export function resolveScenarioInputs(
  inputs: ScenarioInputs,
  catalog: CatalogSnapshot,
  today: string,
  name = "Scenario",
): ResolvedScenario {
  const asOf = inputs.pricesAsOf ?? today;
  const problems: ResolveProblem[] = [];
  const provenance: Provenance[] = [];

  const teams = inputs.teams.flatMap((selection, index) => {
    const team = catalog.teams.find((candidate) => candidate.id === selection.teamId);
    if (!team || team.retiredAt !== null) {
      const state = team ? "is retired" : "does not exist in this organization";
      problems.push({ path: `teams[${index}]`, message: `The selected team ${state}. Pick another team.` });

      return [];
    }

    const engineers = Math.round(((selection.overrides.engineers as number | undefined) ?? team.engineers) * inputs.scale);

    return [
      {
        name: team.name,
        adoption: team.adoption,
        queriesPerEngineerPerDay: team.queriesPerEngineerPerDay,
        inputTokensPerQuery: team.inputTokensPerQuery,
        outputTokensPerQuery: team.outputTokensPerQuery,
        cachedInputShare: team.cachedInputShare,
        annualHeadcountGrowth: team.annualHeadcountGrowth,
        ...selection.overrides,
        engineers,
      },
    ];
  });

  const options = inputs.options.flatMap((option, index) => {
    const resolved = resolveSource(option.source, catalog, asOf);
    if (typeof resolved === "string") {
      problems.push({ path: `options[${index}]`, message: `Option "${option.name ?? option.id}" ${resolved}` });

      return [];
    }

    for (const entry of resolved.provenance) {
      if (entry.field in option.overrides) continue;
      provenance.push({ optionId: option.id, ...entry });
    }

    return [{ id: option.id, name: option.name ?? resolved.name, kind: resolved.kind, ...resolved.fields, ...option.overrides }];
  });

  const document: Record<string, unknown> = { name, horizon: inputs.horizon, teams, options };
  if (inputs.baselineId) document.baselineId = inputs.baselineId;

  return { document, pricesAsOf: asOf, provenance, problems };
}
