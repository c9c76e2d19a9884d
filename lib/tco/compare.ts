import { findFirstHeadcount } from "./break-even";
import { buildCostProfile, type CostProfile } from "./cost-profile";
import { createDemandYears, fillDemand, teamShares } from "./demand";
import { savingsOf } from "./math";
import type { ResolvedScenario } from "./resolve";

/** Largest total head count the break-even search considers. */
export const maximumBreakEvenEngineers = 10_000_000;

/** Comparison of option `optionId` with the baseline `baselineId`. */
export interface Comparison {
  optionId: string;
  baselineId: string;
  /** `1 - TCO_option / TCO_baseline`; null when the baseline costs nothing. */
  savings: number | null;
  /**
   * Smallest total head count in [0, 10,000,000] at which the option costs at most the
   * baseline over the horizon, or null when there is none. The head count is the sum of
   * the teams' engineers before adoption, with all teams scaled together. It is not
   * rounded and is accurate to 1e-6 engineers.
   */
  breakEvenEngineers: number | null;
  /** Whether the option stays at most as expensive for every head count from break-even up to 10,000,000; null without a break-even. */
  cheaperAbove: boolean | null;
  /** First month m in 0..12*years at which the option's cumulative cost is at most the baseline's; null when there is none. */
  paybackMonth: number | null;
  /** False when the break-even search exhausted its work budget and only sampled part of the range. */
  breakEvenExact: boolean;
}

/** Cost of one option laid out in time, as payback needs it. */
export interface CostTimeline {
  /** Paid in month 0: the first adaptation run and the data preparation. */
  oneTimeCost: number;
  /** Total of each year, one-time costs included. */
  yearTotals: readonly number[];
}

/**
 * Returns the payback month. Month 0 carries the one-time costs; every other cost of a
 * year, retraining included, is spread evenly over its 12 months.
 */
export function paybackMonth(option: CostTimeline, baseline: CostTimeline): number | null {
  if (option.oneTimeCost <= baseline.oneTimeCost) {
    return 0;
  }

  let optionBefore = option.oneTimeCost;
  let baselineBefore = baseline.oneTimeCost;
  for (let yearIndex = 0; yearIndex < option.yearTotals.length; yearIndex += 1) {
    const optionRest = option.yearTotals[yearIndex] - (yearIndex === 0 ? option.oneTimeCost : 0);
    const baselineRest = baseline.yearTotals[yearIndex] - (yearIndex === 0 ? baseline.oneTimeCost : 0);

    for (let month = 1; month <= 12; month += 1) {
      // month / 12 is exactly 1 in month 12, so the year ends on its exact total.
      const optionCumulative = optionBefore + optionRest * (month / 12);
      const baselineCumulative = baselineBefore + baselineRest * (month / 12);
      if (optionCumulative <= baselineCumulative) {
        return yearIndex * 12 + month;
      }
    }

    optionBefore += optionRest;
    baselineBefore += baselineRest;
  }

  return null;
}

/** Builds every option's TCO as a function of total head count, keeping the team mix. */
export function buildCostProfiles(scenario: ResolvedScenario): CostProfile[] {
  const unitDemand = createDemandYears(scenario.horizon.years);
  fillDemand(scenario.teams, scenario.horizon, teamShares(scenario.teams), unitDemand);

  return scenario.options.map((option) => buildCostProfile(option, unitDemand, scenario.horizon));
}

/** Finds the break-even head count of `option` against `baseline`, and whether the option stays cheaper above it. */
export function findBreakEven(
  option: CostProfile,
  baseline: CostProfile,
): Pick<Comparison, "breakEvenEngineers" | "cheaperAbove" | "breakEvenExact"> {
  const first = findFirstHeadcount(option, baseline, 0, maximumBreakEvenEngineers, false);
  if (first.headcount === null) {
    return { breakEvenEngineers: null, cheaperAbove: null, breakEvenExact: first.exact };
  }

  // Looks for a head count above break-even at which the option is strictly dearer.
  const dearer = findFirstHeadcount(baseline, option, first.headcount, maximumBreakEvenEngineers, true);

  return {
    breakEvenEngineers: first.headcount,
    cheaperAbove: dearer.headcount === null,
    breakEvenExact: first.exact && dearer.exact,
  };
}

/** Compares every ordered pair of distinct options. `totals` and `timelines` follow the scenario's option order. */
export function compareOptions(
  scenario: ResolvedScenario,
  totals: readonly number[],
  timelines: readonly CostTimeline[],
): Comparison[] {
  const profiles = buildCostProfiles(scenario);
  const comparisons: Comparison[] = [];

  scenario.options.forEach((option, optionIndex) => {
    scenario.options.forEach((baseline, baselineIndex) => {
      if (optionIndex === baselineIndex) {
        return;
      }

      comparisons.push({
        optionId: option.id,
        baselineId: baseline.id,
        savings: savingsOf(totals[optionIndex], totals[baselineIndex]),
        ...findBreakEven(profiles[optionIndex], profiles[baselineIndex]),
        paybackMonth: paybackMonth(timelines[optionIndex], timelines[baselineIndex]),
      });
    });
  });

  return comparisons;
}
