import { findRowInForce, gpuHourlyCost, type CatalogSnapshot } from "./catalog-types";
import { optionIdFromKey } from "./editor-state";
import type { ScenarioInputsInput } from "./inputs";

/**
 * Builds the first revision of a new scenario: the organization's first active team, the first
 * API model priced on `today`, and the first active self-hosted profile trained and served on
 * the first GPU priced on `today`, in utilization mode at half load. Returns a message naming
 * what the catalog lacks when there is no team or no option to compare.
 */
export function buildDefaultInputs(catalog: CatalogSnapshot, today: string): { inputs: ScenarioInputsInput } | { problem: string } {
  const team = catalog.teams.find((candidate) => candidate.retiredAt === null);
  if (!team) return { problem: "This organization has no active team. Add a team first, then create the scenario." };

  const options: ScenarioInputsInput["options"] = [];
  const apiKey = [...new Set(catalog.apiModels.map((row) => row.key))].find((key) => findRowInForce(catalog.apiModels, key, today));
  if (apiKey) options.push({ id: optionIdFromKey(apiKey, []), source: { type: "apiModel", key: apiKey } });

  const profile = catalog.profiles.find((candidate) => candidate.retiredAt === null);
  const gpuKey = [...new Set(catalog.gpuPrices.map((row) => row.key))].find((key) => {
    const row = findRowInForce(catalog.gpuPrices, key, today);

    return row !== undefined && gpuHourlyCost(row) !== null;
  });
  if (profile && gpuKey) {
    options.push({
      id: optionIdFromKey(profile.key, options.map((option) => option.id ?? "")),
      source: { type: "selfHosted", profileKey: profile.key, trainingGpuKey: gpuKey, servingGpuKey: gpuKey },
      overrides: { servingMode: "utilization", utilization: 0.5 },
    });
  }
  if (options.length === 0) return { problem: "The catalog has no API model or self-hosted profile priced today. Add prices to the catalog first." };

  return {
    inputs: {
      horizon: { years: 3, workingDaysPerYear: 250 },
      pricesAsOf: null,
      teams: [{ teamId: team.id }],
      options,
      ...(options.length > 1 ? { baselineId: options[0].id } : {}),
    },
  };
}
