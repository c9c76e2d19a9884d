import type { ResolvedHorizon, ResolvedTeam } from "./resolve";

/** Demand of one year of the horizon, summed over teams. Users are active users (after adoption), not rounded. */
export interface DemandYear {
  /** 1-based year of the horizon. */
  year: number;
  users: number;
  queries: number;
  freshInputTokens: number;
  cachedInputTokens: number;
  outputTokens: number;
}

export function createDemandYears(years: number): DemandYear[] {
  return Array.from({ length: years }, (_, index) => ({
    year: index + 1,
    users: 0,
    queries: 0,
    freshInputTokens: 0,
    cachedInputTokens: 0,
    outputTokens: 0,
  }));
}

/**
 * Computes each year's demand into `target`, in place, so that loops over many samples
 * or head counts allocate nothing. `engineersOfTeam[t]` is team t's head count at the start
 * of year 1 (before adoption), which replaces `teams[t].engineers`.
 */
export function fillDemand(
  teams: readonly ResolvedTeam[],
  horizon: ResolvedHorizon,
  engineersOfTeam: ArrayLike<number>,
  target: DemandYear[],
): void {
  for (let yearIndex = 0; yearIndex < target.length; yearIndex += 1) {
    const demand = target[yearIndex];
    demand.users = 0;
    demand.queries = 0;
    demand.freshInputTokens = 0;
    demand.cachedInputTokens = 0;
    demand.outputTokens = 0;

    for (let teamIndex = 0; teamIndex < teams.length; teamIndex += 1) {
      const team = teams[teamIndex];
      const users = engineersOfTeam[teamIndex] * (1 + team.annualHeadcountGrowth) ** yearIndex * team.adoption;
      const queries = users * team.queriesPerEngineerPerDay * horizon.workingDaysPerYear;
      const inputTokens = queries * team.inputTokensPerQuery;

      demand.users += users;
      demand.queries += queries;
      demand.freshInputTokens += inputTokens * (1 - team.cachedInputShare);
      demand.cachedInputTokens += inputTokens * team.cachedInputShare;
      demand.outputTokens += queries * team.outputTokensPerQuery;
    }
  }
}

export function totalEngineers(teams: readonly ResolvedTeam[]): number {
  return teams.reduce((sum, team) => sum + team.engineers, 0);
}

/**
 * Returns each team's share of the total head count, used to scale all teams together.
 * When every team has 0 engineers there is no mix to keep, so the teams get equal shares:
 * a sweep or break-even search then spreads the head count evenly over them.
 */
export function teamShares(teams: readonly ResolvedTeam[]): number[] {
  const total = totalEngineers(teams);
  if (total === 0) {
    return teams.map(() => 1 / teams.length);
  }

  return teams.map((team) => team.engineers / total);
}
