import {
  operationsCost,
  peakTokensPerSecond,
  replicaCostPerYear,
  seatPricePerYear,
  trainingCost,
  usageCost,
} from "./costs";
import type { DemandYear } from "./demand";
import { ceilWithTolerance } from "./math";
import type { ResolvedHorizon, ResolvedOption } from "./resolve";

/**
 * TCO of an option as a function of the total head count H (all teams scaled together):
 *
 *     TCO(H) = constant + slope * H + sum of coefficient * max(minimum, ceil(perHeadcount * H))
 *
 * Each step term is one year's seats or dedicated replicas. For one option every
 * coefficient is positive, so its TCO never decreases as H grows.
 */
export interface CostProfile {
  constant: number;
  slope: number;
  steps: StepTerm[];
}

export interface StepTerm {
  /** Cost of one seat or replica over its year; negative in a difference of two profiles. */
  coefficient: number;
  minimum: number;
  /** Seats or replicas needed per engineer of head count, before rounding up. */
  perHeadcount: number;
}

/**
 * Builds an option's cost profile from the demand of one engineer of head count
 * (`unitDemand`, computed with the teams' shares as their head counts).
 */
export function buildCostProfile(option: ResolvedOption, unitDemand: readonly DemandYear[], horizon: ResolvedHorizon): CostProfile {
  const profile: CostProfile = { constant: 0, slope: 0, steps: [] };

  for (const demand of unitDemand) {
    profile.constant += trainingCost(option, demand.year) + operationsCost(option) + option.fixedCostPerYear;

    if (option.kind === "seat") {
      addStep(profile, {
        coefficient: seatPricePerYear(option, demand.year),
        minimum: option.minimumSeats,
        perHeadcount: demand.users,
      });
    } else if (option.kind === "selfHosted" && option.servingMode === "dedicated") {
      const capacity = option.throughputTokensPerSecond * option.utilization;
      addStep(profile, {
        coefficient: replicaCostPerYear(option, horizon),
        minimum: option.minReplicas,
        perHeadcount: peakTokensPerSecond(option, demand, horizon) / capacity,
      });
    } else {
      // API and utilization-mode serving cost are proportional to demand.
      profile.slope += usageCost(option, demand, horizon);
    }
  }

  return profile;
}

/** Adds a step term, folding it into the constant when demand never changes its count. */
function addStep(profile: CostProfile, step: StepTerm): void {
  if (step.perHeadcount === 0) {
    profile.constant += step.coefficient * step.minimum;
  } else {
    profile.steps.push(step);
  }
}

export function stepCount(step: StepTerm, headcount: number): number {
  return Math.max(step.minimum, ceilWithTolerance(step.perHeadcount * headcount));
}

export function profileValue(profile: CostProfile, headcount: number): number {
  let value = profile.constant + profile.slope * headcount;
  for (const step of profile.steps) {
    value += step.coefficient * stepCount(step, headcount);
  }

  return value;
}


/**
 * Returns `p - q` as one profile. Step terms with the same count function (the seats of
 * two seat options in the same year, say) are merged, so that equal prices cancel exactly
 * instead of leaving two steps that the break-even search would have to resolve.
 */
export function subtractProfiles(p: CostProfile, q: CostProfile): CostProfile {
  const merged = new Map<string, StepTerm>();
  const add = (step: StepTerm, sign: number) => {
    const key = `${step.minimum}|${step.perHeadcount}`;
    const existing = merged.get(key);
    if (existing === undefined) {
      merged.set(key, { ...step, coefficient: sign * step.coefficient });
    } else {
      existing.coefficient += sign * step.coefficient;
    }
  };
  p.steps.forEach((step) => add(step, 1));
  q.steps.forEach((step) => add(step, -1));

  return {
    constant: p.constant - q.constant,
    slope: p.slope - q.slope,
    steps: [...merged.values()].filter((step) => step.coefficient !== 0),
  };
}
