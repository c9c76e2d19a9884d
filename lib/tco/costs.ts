import type { DemandYear } from "./demand";
import { ceilWithTolerance } from "./math";
import type {
  ResolvedHorizon,
  ResolvedOption,
  ResolvedSeatOption,
  ResolvedSelfHostedOption,
} from "./resolve";

/**
 * Cost formulas of one option in one year. Money is in the scenario's currency, token
 * prices are per 1,000,000 tokens and GPU prices per GPU-hour. Every function reads plain
 * numbers and allocates nothing, because the sweep and Monte Carlo loops call them
 * millions of times.
 */

export const hoursPerYear = 8760;
const secondsPerHour = 3600;

/** Cost of one domain-adaptation run: DAPT plus SFT GPU-hours at the training price. */
export function trainingRunCost(option: ResolvedSelfHostedOption): number {
  return (option.daptGpuHours + option.sftGpuHours) * option.trainingGpuHourPrice;
}

/** Costs paid once, at the start (month 0): the first adaptation run and the data preparation. */
export function oneTimeCost(option: ResolvedOption): number {
  return option.kind === "selfHosted" ? trainingRunCost(option) + option.dataPreparationCost : 0;
}

/** Training GPU-hours of a 1-based year: one run in year 1, `retrainingsPerYear` runs after. */
export function trainingGpuHours(option: ResolvedSelfHostedOption, year: number): number {
  const runHours = option.daptGpuHours + option.sftGpuHours;

  return year === 1 ? runHours : option.retrainingsPerYear * runHours;
}

export function trainingCost(option: ResolvedOption, year: number): number {
  if (option.kind !== "selfHosted") {
    return 0;
  }

  return year === 1 ? oneTimeCost(option) : option.retrainingsPerYear * trainingRunCost(option);
}

export function operationsCost(option: ResolvedOption): number {
  return option.kind === "selfHosted" ? option.opsFte * option.costPerFtePerYear : 0;
}

export function seatCount(option: ResolvedSeatOption, users: number): number {
  return Math.max(option.minimumSeats, ceilWithTolerance(users));
}

/** Price of one seat for a whole 1-based year, after the annual price change. */
export function seatPricePerYear(option: ResolvedSeatOption, year: number): number {
  return 12 * option.pricePerSeatPerMonth * (1 + option.annualPriceChange) ** (year - 1);
}

function tokensOf(demand: DemandYear): number {
  return demand.freshInputTokens + demand.cachedInputTokens + demand.outputTokens;
}

/** Tokens per second at peak, when the day's requests arrive within `peakHoursPerDay`. */
export function peakTokensPerSecond(option: ResolvedSelfHostedOption, demand: DemandYear, horizon: ResolvedHorizon): number {
  return tokensOf(demand) / horizon.workingDaysPerYear / (option.peakHoursPerDay * secondsPerHour);
}

/** Dedicated mode: replicas sized so that each runs at `utilization` of its throughput at peak. */
export function replicaCount(option: ResolvedSelfHostedOption, demand: DemandYear, horizon: ResolvedHorizon): number {
  const capacity = option.throughputTokensPerSecond * option.utilization;

  return Math.max(option.minReplicas, ceilWithTolerance(peakTokensPerSecond(option, demand, horizon) / capacity));
}

/** Dedicated mode: hours a replica runs per year, all year or only in the peak window of working days. */
export function servingHoursPerYear(option: ResolvedSelfHostedOption, horizon: ResolvedHorizon): number {
  return option.alwaysOn ? hoursPerYear : horizon.workingDaysPerYear * option.peakHoursPerDay;
}

/** Dedicated mode: cost of running one replica for a year, overhead included. */
export function replicaCostPerYear(option: ResolvedSelfHostedOption, horizon: ResolvedHorizon): number {
  return option.gpusPerReplica * servingHoursPerYear(option, horizon) * option.servingGpuHourPrice * option.overheadMultiplier;
}

/** Paid serving GPU-hours of a year, before the overhead multiplier. */
export function servingGpuHours(option: ResolvedSelfHostedOption, demand: DemandYear, horizon: ResolvedHorizon): number {
  if (option.servingMode === "utilization") {
    const busyReplicaHours = tokensOf(demand) / (option.throughputTokensPerSecond * option.utilization * secondsPerHour);

    return busyReplicaHours * option.gpusPerReplica;
  }

  return replicaCount(option, demand, horizon) * option.gpusPerReplica * servingHoursPerYear(option, horizon);
}

/** Cost that depends on demand: tokens for an API, seats, or serving GPUs. */
export function usageCost(option: ResolvedOption, demand: DemandYear, horizon: ResolvedHorizon): number {
  switch (option.kind) {
    case "api": {
      const priceFactor = (1 - option.discount) * (1 + option.annualPriceChange) ** (demand.year - 1);
      const cachedPrice = option.cachedInputPricePerMTok ?? option.inputPricePerMTok;
      const listCost =
        demand.freshInputTokens * option.inputPricePerMTok +
        demand.cachedInputTokens * cachedPrice +
        demand.outputTokens * option.outputPricePerMTok;

      return (priceFactor * listCost) / 1e6;
    }

    case "seat":
      return seatCount(option, demand.users) * seatPricePerYear(option, demand.year);

    case "selfHosted":
      if (option.servingMode === "dedicated") {
        return replicaCount(option, demand, horizon) * replicaCostPerYear(option, horizon);
      }

      return servingGpuHours(option, demand, horizon) * option.servingGpuHourPrice * option.overheadMultiplier;
  }
}

export function yearTotal(option: ResolvedOption, demand: DemandYear, horizon: ResolvedHorizon): number {
  return (
    trainingCost(option, demand.year) +
    usageCost(option, demand, horizon) +
    operationsCost(option) +
    option.fixedCostPerYear
  );
}

/** TCO of an option over the horizon. */
export function optionTotal(option: ResolvedOption, demandYears: readonly DemandYear[], horizon: ResolvedHorizon): number {
  let total = 0;
  for (const demand of demandYears) {
    total += yearTotal(option, demand, horizon);
  }

  return total;
}
