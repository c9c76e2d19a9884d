import { PERCENT_FIELDS, percentToShare, shareToPercent } from "./editor-fields";
import type { OptionSource, ScenarioInputs, ScenarioInputsInput } from "./inputs";

/**
 * The scenario editor's state. Numbers are kept as the text the person typed, so that a
 * half-typed value ("0.") survives re-renders and an invalid one can be shown with its message
 * instead of being dropped. `editorStateToInputs` turns it into the stored inputs document.
 */
export type RangeDistribution = "uniform" | "triangular" | "lognormal";

export type OverrideDraft =
  | { kind: "number"; text: string }
  /** For a lognormal range, `min` and `max` are its 10th and 90th percentiles; `mode` is unused. */
  | { kind: "range"; distribution: RangeDistribution; min: string; mode: string; max: string }
  | { kind: "text"; value: string }
  | { kind: "boolean"; value: boolean };

export interface EditorTeam {
  teamId: string;
  overrides: Record<string, OverrideDraft>;
}

export interface EditorOption {
  id: string;
  name: string;
  source: OptionSource;
  overrides: Record<string, OverrideDraft>;
}

export interface EditorState {
  years: string;
  workingDaysPerYear: string;
  /** Empty means "the date of each save". */
  pricesAsOf: string;
  scale: string;
  teams: EditorTeam[];
  options: EditorOption[];
  /** Empty means no baseline. */
  baselineId: string;
}

export interface ConversionResult {
  inputs: ScenarioInputsInput;
  /** Messages keyed by the editor path of the field, e.g. `options[1].overrides.utilization`. */
  errors: Record<string, string>;
}

type OverrideValue = ScenarioInputs["options"][number]["overrides"][string];

const numberText = (value: number) => String(value);

/** Builds the draft of a stored override; a percent field's shares are shown as percentages. */
function toDraft(value: OverrideValue, percent: boolean): OverrideDraft {
  const shown = (number: number) => numberText(percent ? shareToPercent(number) : number);
  if (typeof value === "number") return { kind: "number", text: shown(value) };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (typeof value === "string") return { kind: "text", value };

  const parameter = (key: string) => (typeof value[key] === "number" ? shown(value[key] as number) : String(value[key] ?? ""));
  if (value.distribution === "lognormal") return { kind: "range", distribution: "lognormal", min: parameter("p10"), mode: "", max: parameter("p90") };
  if (value.distribution === "uniform") return { kind: "range", distribution: "uniform", min: parameter("min"), mode: "", max: parameter("max") };

  return { kind: "range", distribution: "triangular", min: parameter("min"), mode: parameter("mode"), max: parameter("max") };
}

const toDrafts = (overrides: Record<string, OverrideValue>) =>
  Object.fromEntries(Object.entries(overrides).map(([field, value]) => [field, toDraft(value, PERCENT_FIELDS.has(field))]));

/** Builds the editor's state from a stored inputs document (already validated and defaulted). */
export function inputsToEditorState(inputs: ScenarioInputs): EditorState {
  return {
    years: numberText(inputs.horizon.years),
    workingDaysPerYear: numberText(inputs.horizon.workingDaysPerYear),
    pricesAsOf: inputs.pricesAsOf ?? "",
    scale: numberText(inputs.scale),
    teams: inputs.teams.map((team) => ({ teamId: team.teamId, overrides: toDrafts(team.overrides) })),
    options: inputs.options.map((option) => ({
      id: option.id,
      name: option.name ?? "",
      source: option.source,
      overrides: toDrafts(option.overrides),
    })),
    baselineId: inputs.baselineId ?? "",
  };
}

/** Parses a typed number; accepts thousands separators ("1,000") and surrounding spaces. */
export function parseNumberText(text: string): number | null {
  const cleaned = text.trim().replace(/(?<=\d),(?=\d{3})/g, "");
  if (cleaned === "" || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return null;

  const value = Number(cleaned);

  return Number.isFinite(value) ? value : null;
}

/** Converts a draft to the stored override; a percent field's percentages become shares. */
function draftToValue(draft: OverrideDraft, path: string, errors: Record<string, string>, percent: boolean): OverrideValue | undefined {
  if (draft.kind === "boolean" || draft.kind === "text") return draft.value;
  const stored = (number: number) => (percent ? percentToShare(number) : number);

  if (draft.kind === "number") {
    // A blank override means "use the catalog value", so it is left out rather than rejected.
    if (draft.text.trim() === "") return undefined;
    const value = parseNumberText(draft.text);
    if (value === null) {
      errors[path] = `"${draft.text}" is not a number. Enter a number such as ${percent ? "50" : "0.5"}, or clear the field to use the catalog value.`;

      return undefined;
    }

    return stored(value);
  }

  const names = draft.distribution === "lognormal" ? ["p10", "p90"] : draft.distribution === "uniform" ? ["min", "max"] : ["min", "mode", "max"];
  const texts: Record<string, string> = { min: draft.min, mode: draft.mode, max: draft.max, p10: draft.min, p90: draft.max };
  const values: Record<string, number> = {};
  for (const name of names) {
    const value = parseNumberText(texts[name]);
    if (value === null) {
      errors[path] = `The range's ${name} must be a number.`;

      return undefined;
    }
    values[name] = stored(value);
  }

  return { distribution: draft.distribution, ...values };
}

function draftsToOverrides(drafts: Record<string, OverrideDraft>, prefix: string, errors: Record<string, string>): Record<string, OverrideValue> {
  const overrides: Record<string, OverrideValue> = {};
  for (const [field, draft] of Object.entries(drafts)) {
    const value = draftToValue(draft, `${prefix}.overrides.${field}`, errors, PERCENT_FIELDS.has(field));
    if (value !== undefined) overrides[field] = value;
  }

  return overrides;
}

function requiredNumber(text: string, path: string, hint: string, errors: Record<string, string>): number {
  const value = parseNumberText(text);
  if (value === null) errors[path] = `Enter ${hint}.`;

  return value ?? Number.NaN;
}

/**
 * Converts the editor's state into the stored inputs document. Fields whose text is not a number
 * are reported in `errors` by editor path. The cost model's range checks run later, on the resolved document.
 */
export function editorStateToInputs(state: EditorState): ConversionResult {
  const errors: Record<string, string> = {};
  const inputs: ScenarioInputsInput = {
    horizon: {
      years: requiredNumber(state.years, "horizon.years", "the horizon in whole years, 1 to 10", errors),
      workingDaysPerYear: requiredNumber(state.workingDaysPerYear, "horizon.workingDaysPerYear", "working days per year, 1 to 366", errors),
    },
    pricesAsOf: state.pricesAsOf.trim() === "" ? null : state.pricesAsOf.trim(),
    scale: requiredNumber(state.scale, "scale", "a scale factor above 0, such as 1 or 1.5", errors),
    teams: state.teams.map((team, index) => ({ teamId: team.teamId, overrides: draftsToOverrides(team.overrides, `teams[${index}]`, errors) })),
    options: state.options.map((option, index) => {
      const name = option.name.trim();

      return {
        id: option.id,
        ...(name ? { name } : {}),
        source: option.source,
        overrides: draftsToOverrides(option.overrides, `options[${index}]`, errors),
      };
    }),
  };
  if (state.baselineId) inputs.baselineId = state.baselineId;

  return { inputs, errors };
}

/** Builds an option id from a catalog key ("anthropic/claude-3-opus" → "claude-3-opus"), unique among `taken`. */
export function optionIdFromKey(key: string, taken: readonly string[]): string {
  const base =
    (key.split("/").pop() ?? key)
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 36) || "option";
  let candidate = base;
  for (let counter = 2; taken.includes(candidate); counter++) candidate = `${base}-${counter}`;

  return candidate;
}
