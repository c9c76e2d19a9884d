import { teamShares } from "./demand";
import { savingsOf } from "./math";
import { resolveScenario } from "./resolve";
import type { Scenario } from "./schema";
import { computeTotals, createTotalsWorkspace, setHeadcount } from "./totals";

export interface SweepOptions {
  /** Smallest total head count of the grid (default 10). */
  minEngineers?: number;
  /** Largest total head count of the grid (default 100,000; at most 10,000,000). */
  maxEngineers?: number;
  /** Number of grid points, 2 to 10,000 (default 40). */
  points?: number;
}

export interface SweepPoint {
  /** Total head count, before adoption, split over the teams in the scenario's mix. */
  engineers: number;
  /** TCO of each option, by option id. */
  totals: Record<string, number>;
  /** Every ordered pair of distinct options; savings null when the baseline costs nothing. */
  savings: { optionId: string; baselineId: string; savings: number | null }[];
}

export interface SweepResult {
  points: SweepPoint[];
  /** Option ids in the scenario's order. */
  optionIds: string[];
}

export const maximumSweepEngineers = 10_000_000;
export const maximumSweepPoints = 10_000;

/**
 * Computes every option's TCO and every savings figure on a log-spaced grid of total
 * head counts, keeping the team mix. Teams with 0 engineers in total get equal shares.
 * Throws a RangeError for an invalid grid.
 */
export function sweepScenario(scenario: Scenario, options: SweepOptions = {}): SweepResult {
  const minEngineers = options.minEngineers ?? 10;
  const maxEngineers = options.maxEngineers ?? 100_000;
  const points = options.points ?? 40;
  assertValidGrid(minEngineers, maxEngineers, points);

  const resolved = resolveScenario(scenario);
  const workspace = createTotalsWorkspace(resolved);
  const shares = teamShares(resolved.teams);
  const optionIds = resolved.options.map((option) => option.id);
  const logStep = Math.log(maxEngineers / minEngineers) / (points - 1);

  const sweepPoints = Array.from({ length: points }, (_, index): SweepPoint => {
    // The last point is set exactly, so that rounding in exp() cannot move the grid's end.
    const engineers = index === points - 1 ? maxEngineers : minEngineers * Math.exp(logStep * index);
    setHeadcount(workspace, shares, engineers);
    const totals = computeTotals(resolved, workspace);

    const totalsById: Record<string, number> = {};
    optionIds.forEach((id, optionIndex) => {
      totalsById[id] = totals[optionIndex];
    });

    const savings: SweepPoint["savings"] = [];
    optionIds.forEach((optionId, optionIndex) => {
      optionIds.forEach((baselineId, baselineIndex) => {
        if (optionIndex !== baselineIndex) {
          savings.push({ optionId, baselineId, savings: savingsOf(totals[optionIndex], totals[baselineIndex]) });
        }
      });
    });

    return { engineers, totals: totalsById, savings };
  });

  return { points: sweepPoints, optionIds };
}

function assertValidGrid(minEngineers: number, maxEngineers: number, points: number): void {
  if (!Number.isFinite(minEngineers) || minEngineers <= 0) {
    throw new RangeError(`minEngineers must be a finite number > 0, got ${minEngineers}`);
  }

  if (!Number.isFinite(maxEngineers) || maxEngineers <= minEngineers || maxEngineers > maximumSweepEngineers) {
    throw new RangeError(
      `maxEngineers must be greater than minEngineers (${minEngineers}) and at most ${maximumSweepEngineers}, got ${maxEngineers}`,
    );
  }

  if (!Number.isInteger(points) || points < 2 || points > maximumSweepPoints) {
    throw new RangeError(`points must be a whole number from 2 to ${maximumSweepPoints}, got ${points}`);
  }
}
