import { distributionBounds, isDistribution, pointValue } from "./distributions";
import { clampToRange, fieldRanges, isNumericFieldName } from "./fields";
import { savingsOf } from "./math";
import { fieldSetter, formatFieldPath, parseFieldPath, readField, resolveScenario, type FieldLocation } from "./resolve";
import type { Scenario, ScenarioOption } from "./schema";
import { assertValidScale, computeTotals, createTotalsWorkspace, setScale } from "./totals";

/** A numeric input to vary, by path (`options[2].servingGpuHourPrice`); `low`/`high` override the default range. */
export interface SensitivityInput {
  path: string;
  label?: string;
  low?: number;
  high?: number;
}

export interface SensitivityOptions {
  optionId: string;
  /** Defaults to the scenario's `baselineId`. */
  baselineId?: string;
  /** Defaults to `defaultSensitivityInputs(scenario, optionId, baselineId)`. */
  inputs?: SensitivityInput[];
  /** Relative change of an input without a distribution or explicit range, in (0, 1] (default 0.25). */
  swing?: number;
  /** Multiplies every team's engineers (default 1). */
  scale?: number;
}

export interface TornadoBar {
  input: string;
  label: string;
  /** Smaller of the two values tried, clamped to the field's range. */
  low: number;
  high: number;
  /** Savings of the option against the baseline with the input at `low`; null when the baseline costs nothing. */
  savingsAtLow: number | null;
  savingsAtHigh: number | null;
  /** `|savingsAtHigh - savingsAtLow|`; 0 when either is null. */
  swing: number;
}

export interface TornadoResult {
  optionId: string;
  baselineId: string;
  baseSavings: number | null;
  /** Sorted by swing, largest first; equal swings keep the order of the inputs. */
  bars: TornadoBar[];
}

const teamFields = [
  "engineers",
  "queriesPerEngineerPerDay",
  "inputTokensPerQuery",
  "outputTokensPerQuery",
  "adoption",
  "cachedInputShare",
  "annualHeadcountGrowth",
] as const;

const optionFields: Record<ScenarioOption["kind"], readonly string[]> = {
  api: ["inputPricePerMTok", "cachedInputPricePerMTok", "outputPricePerMTok", "discount", "annualPriceChange"],
  seat: ["pricePerSeatPerMonth", "annualPriceChange"],
  selfHosted: [
    "daptGpuHours",
    "sftGpuHours",
    "trainingGpuHourPrice",
    "dataPreparationCost",
    "retrainingsPerYear",
    "servingGpuHourPrice",
    "throughputTokensPerSecond",
    "utilization",
    "peakHoursPerDay",
    "overheadMultiplier",
    "opsFte",
    "costPerFtePerYear",
  ],
};

/**
 * Lists the inputs that can move the savings of `optionId` against `baselineId`: the
 * working days, every team's demand, and the two options' prices and serving figures.
 * An input that is absent, or 0 without a distribution, is left out, because a relative
 * swing of 0 changes nothing.
 */
export function defaultSensitivityInputs(scenario: Scenario, optionId: string, baselineId: string): SensitivityInput[] {
  const locations: FieldLocation[] = [{ section: "horizon", index: 0, field: "workingDaysPerYear" }];
  scenario.teams.forEach((_, index) => {
    locations.push(...teamFields.map((field) => ({ section: "teams" as const, index, field })));
  });

  for (const id of [optionId, baselineId]) {
    const index = scenario.options.findIndex((option) => option.id === id);
    const option = scenario.options[index];
    // The peak window sizes dedicated replicas only; in utilization mode it changes nothing.
    const fields = [...optionFields[option.kind], "fixedCostPerYear"].filter(
      (field) => field !== "peakHoursPerDay" || (option.kind === "selfHosted" && option.servingMode === "dedicated"),
    );
    locations.push(...fields.map((field) => ({ section: "options" as const, index, field })));
  }

  return locations
    .filter((location) => {
      const value = readField(scenario, location);

      return value !== undefined && (isDistribution(value) || value !== 0);
    })
    .map((location) => ({ path: formatFieldPath(location) }));
}

/**
 * Computes a tornado chart: the savings of `optionId` against the baseline with each input
 * at its low and high value, one input at a time, all others at their point values. An
 * input with a distribution uses its min and max (p10 and p90 for a lognormal one).
 * Throws a RangeError for an unknown option, path or invalid setting.
 */
export function runSensitivity(scenario: Scenario, options: SensitivityOptions): TornadoResult {
  const baselineId = options.baselineId ?? scenario.baselineId;
  const swing = options.swing ?? 0.25;
  const scale = options.scale ?? 1;
  const optionIndex = indexOfOption(scenario, options.optionId);
  if (baselineId === undefined) {
    throw new RangeError("baselineId is required when the scenario has no baselineId");
  }
  const baselineIndex = indexOfOption(scenario, baselineId);
  if (baselineIndex === optionIndex) {
    throw new RangeError(`optionId and baselineId must differ, both are "${baselineId}"`);
  }
  if (!(swing > 0 && swing <= 1)) {
    throw new RangeError(`swing must be > 0 and <= 1, got ${swing}`);
  }
  assertValidScale(scale);

  const resolved = resolveScenario(scenario);
  const workspace = createTotalsWorkspace(resolved);
  const savingsNow = () => {
    setScale(resolved, workspace, scale);
    const totals = computeTotals(resolved, workspace);

    return savingsOf(totals[optionIndex], totals[baselineIndex]);
  };

  const baseSavings = savingsNow();
  const inputs = options.inputs ?? defaultSensitivityInputs(scenario, options.optionId, baselineId);
  const bars = inputs.map((input): TornadoBar => {
    const location = parseFieldPath(input.path);
    const value = location === null ? undefined : readField(scenario, location);
    if (location === null || value === undefined || !isNumericFieldName(location.field)) {
      throw new RangeError(`No numeric input at ${input.path}`);
    }

    const range = fieldRanges[location.field];
    if (!range.uncertain) {
      throw new RangeError(`${input.path} is a whole-number setting and cannot be varied`);
    }
    for (const bound of [input.low, input.high]) {
      if (bound !== undefined && !Number.isFinite(bound)) {
        throw new RangeError(`low and high of ${input.path} must be finite numbers, got ${bound}`);
      }
    }

    const base = pointValue(value);
    const defaults = isDistribution(value) ? distributionBounds(value) : { low: base * (1 - swing), high: base * (1 + swing) };
    const first = clampToRange(range, input.low ?? defaults.low);
    const second = clampToRange(range, input.high ?? defaults.high);
    const [low, high] = first <= second ? [first, second] : [second, first];

    const set = fieldSetter(resolved, location);
    set(low);
    const savingsAtLow = savingsNow();
    set(high);
    const savingsAtHigh = savingsNow();
    set(base);

    return {
      input: formatFieldPath(location),
      label: input.label ?? labelOf(scenario, location),
      low,
      high,
      savingsAtLow,
      savingsAtHigh,
      swing: savingsAtLow === null || savingsAtHigh === null ? 0 : Math.abs(savingsAtHigh - savingsAtLow),
    };
  });

  // Array.prototype.sort is stable, so equal swings keep the input order.
  bars.sort((left, right) => right.swing - left.swing);

  return { optionId: options.optionId, baselineId, baseSavings, bars };
}

function indexOfOption(scenario: Scenario, id: string): number {
  const index = scenario.options.findIndex((option) => option.id === id);
  if (index === -1) {
    throw new RangeError(`No option with id "${id}"`);
  }

  return index;
}

function labelOf(scenario: Scenario, location: FieldLocation): string {
  const fieldLabel = isNumericFieldName(location.field) ? fieldRanges[location.field].label : location.field;
  if (location.section === "horizon") {
    return `Horizon: ${fieldLabel}`;
  }

  if (location.section === "teams") {
    return `${scenario.teams[location.index].name ?? `Team ${location.index + 1}`}: ${fieldLabel}`;
  }

  return `${scenario.options[location.index].name}: ${fieldLabel}`;
}
