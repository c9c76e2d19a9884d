import { optionTotal } from "./costs";
import { createDemandYears, fillDemand, type DemandYear } from "./demand";
import type { ResolvedScenario } from "./resolve";

/**
 * Buffers for computing every option's TCO many times (sweeps, sensitivity, Monte Carlo)
 * without allocating per evaluation. Fill `engineersOfTeam`, then call `computeTotals`.
 */
export interface TotalsWorkspace {
  /** Head count of each team at the start of year 1, before adoption. */
  engineersOfTeam: Float64Array;
  demandYears: DemandYear[];
  /** TCO of each option, in the scenario's option order. */
  totals: Float64Array;
}

export function createTotalsWorkspace(scenario: ResolvedScenario): TotalsWorkspace {
  return {
    engineersOfTeam: new Float64Array(scenario.teams.length),
    demandYears: createDemandYears(scenario.horizon.years),
    totals: new Float64Array(scenario.options.length),
  };
}

/** Sets every team's head count to its current `engineers` times `scale`. */
export function setScale(scenario: ResolvedScenario, workspace: TotalsWorkspace, scale: number): void {
  scenario.teams.forEach((team, index) => {
    workspace.engineersOfTeam[index] = team.engineers * scale;
  });
}

/** Sets the teams' head counts so that they add up to `headcount`, split by `shares`. */
export function setHeadcount(workspace: TotalsWorkspace, shares: readonly number[], headcount: number): void {
  shares.forEach((share, index) => {
    workspace.engineersOfTeam[index] = share * headcount;
  });
}

/** Computes the demand and every option's TCO into the workspace; returns `workspace.totals`. */
export function computeTotals(scenario: ResolvedScenario, workspace: TotalsWorkspace): Float64Array {
  fillDemand(scenario.teams, scenario.horizon, workspace.engineersOfTeam, workspace.demandYears);
  for (let index = 0; index < scenario.options.length; index += 1) {
    workspace.totals[index] = optionTotal(scenario.options[index], workspace.demandYears, scenario.horizon);
  }

  return workspace.totals;
}

/** Index of the cheapest option; the first in list order wins a tie. */
export function cheapestIndex(totals: ArrayLike<number>): number {
  let best = 0;
  for (let index = 1; index < totals.length; index += 1) {
    if (totals[index] < totals[best]) {
      best = index;
    }
  }

  return best;
}

/** Largest scale factor accepted; with the largest inputs the schema allows, costs stay below about 1e90. */
export const maximumScale = 1e9;

/** Rejects a scale factor that is negative, not finite, or so large that costs could overflow. */
export function assertValidScale(scale: number): void {
  if (!Number.isFinite(scale) || scale < 0 || scale > maximumScale) {
    throw new RangeError(`scale must be a finite number from 0 to ${maximumScale.toExponential()}, got ${scale}`);
  }
}
