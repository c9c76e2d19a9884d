import { isDistribution, pointValue, type Distribution, type UncertainNumber } from "./distributions";
import type { Scenario } from "./schema";

/** Replaces every uncertain field of `T` by a plain number. */
type Resolved<T> = { [Key in keyof T]: Exclude<T[Key], Distribution> };

export type ResolvedHorizon = Resolved<Scenario["horizon"]>;
export type ResolvedTeam = Resolved<Scenario["teams"][number]>;
export type ResolvedOption = Resolved<Scenario["options"][number]>;
export type ResolvedApiOption = Extract<ResolvedOption, { kind: "api" }>;
export type ResolvedSeatOption = Extract<ResolvedOption, { kind: "seat" }>;
export type ResolvedSelfHostedOption = Extract<ResolvedOption, { kind: "selfHosted" }>;

/** Scenario in which every uncertain field is a plain number, as the cost formulas read it. */
export interface ResolvedScenario {
  horizon: ResolvedHorizon;
  teams: ResolvedTeam[];
  options: ResolvedOption[];
}

function resolveObject<T extends object>(value: T): Resolved<T> {
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    copy[key] = isDistribution(field) ? pointValue(field) : field;
  }

  return copy as Resolved<T>;
}

/** Copies a parsed scenario with every distribution replaced by its point value. */
export function resolveScenario(scenario: Scenario): ResolvedScenario {
  return {
    horizon: resolveObject(scenario.horizon),
    teams: scenario.teams.map((team) => resolveObject(team)),
    options: scenario.options.map((option) => resolveObject(option) as ResolvedOption),
  };
}

/** Location of a numeric input: `horizon.workingDaysPerYear`, `teams[0].engineers`, `options[2].utilization`. */
export interface FieldLocation {
  section: "horizon" | "teams" | "options";
  /** Index into teams or options; 0 for the horizon. */
  index: number;
  field: string;
}

const pathPattern = /^(?:horizon\.(\w+)|(teams|options)\[(\d+)\]\.(\w+))$/;

/** Parses an input path. Returns null when it is not of one of the three forms. */
export function parseFieldPath(path: string): FieldLocation | null {
  const match = pathPattern.exec(path);
  if (match === null) {
    return null;
  }

  if (match[1] !== undefined) {
    return { section: "horizon", index: 0, field: match[1] };
  }

  return { section: match[2] as "teams" | "options", index: Number(match[3]), field: match[4] };
}

export function formatFieldPath(location: FieldLocation): string {
  return location.section === "horizon"
    ? `horizon.${location.field}`
    : `${location.section}[${location.index}].${location.field}`;
}

/** Returns the object that contains the field, or undefined when the index is out of range. */
function holderOf(scenario: { horizon: object; teams: object[]; options: object[] }, location: FieldLocation) {
  if (location.section === "horizon") {
    return scenario.horizon as Record<string, unknown>;
  }

  return scenario[location.section][location.index] as Record<string, unknown> | undefined;
}

/** Reads a field of a parsed scenario; undefined when the field does not exist there. */
export function readField(scenario: Scenario, location: FieldLocation): UncertainNumber | undefined {
  const value = holderOf(scenario, location)?.[location.field];

  return typeof value === "number" || isDistribution(value) ? value : undefined;
}

/**
 * Returns a setter that writes a number into the field of a resolved scenario. Writing in
 * place lets the Monte Carlo loop vary inputs without copying the scenario per sample.
 */
export function fieldSetter(scenario: ResolvedScenario, location: FieldLocation): (value: number) => void {
  const holder = holderOf(scenario, location);
  if (holder === undefined) {
    throw new RangeError(`No field at ${formatFieldPath(location)}`);
  }

  return (value: number) => {
    holder[location.field] = value;
  };
}

/** A field of a parsed scenario that carries a distribution. */
export interface UncertainInput {
  path: string;
  location: FieldLocation;
  distribution: Distribution;
}

/** Lists every field that carries a distribution, in document order. */
export function listUncertainInputs(scenario: Scenario): UncertainInput[] {
  const inputs: UncertainInput[] = [];
  const collect = (holder: object, section: FieldLocation["section"], index: number) => {
    for (const [field, value] of Object.entries(holder)) {
      if (isDistribution(value)) {
        const location = { section, index, field };
        inputs.push({ path: formatFieldPath(location), location, distribution: value });
      }
    }
  };

  collect(scenario.horizon, "horizon", 0);
  scenario.teams.forEach((team, index) => collect(team, "teams", index));
  scenario.options.forEach((option, index) => collect(option, "options", index));

  return inputs;
}
