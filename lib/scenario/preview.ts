import { evaluateScenario, safeParseScenario, type EvaluationResult } from "@/lib/tco";

import type { CatalogSnapshot } from "./catalog-types";
import { parsePath, formatPath } from "./diff";
import { editorStateToInputs, type EditorState } from "./editor-state";
import { OPTION_FIELDS, PERCENT_FIELDS, shareToPercent, TEAM_FIELDS } from "./editor-fields";
import { scenarioInputsSchema, type ScenarioInputs, type ScenarioInputsInput } from "./inputs";
import { resolveScenarioInputs } from "./resolve";

export interface PreviewResult {
  /** The inputs to save; null while some field is invalid. */
  inputs: ScenarioInputs | null;
  /** Messages keyed by editor path (`options[1].overrides.utilization`, `teams[0]`, `horizon.years`). */
  errors: Record<string, string>;
  evaluation: EvaluationResult | null;
}

/**
 * Maps a path of the cost model's document to the editor field that sets it: a team's or an
 * option's field is an override (`options[1].utilization.max` → `options[1].overrides.utilization`).
 * Valid only when every team and option resolved, because the resolver drops those that did not.
 */
export function modelPathToEditorPath(path: string): string {
  const parts = parsePath(path);
  if ((parts[0] === "teams" || parts[0] === "options") && typeof parts[1] === "number" && typeof parts[2] === "string" && parts[2] !== "id") {
    return formatPath([parts[0], parts[1], "overrides", parts[2]]);
  }

  return formatPath(parts.slice(0, 2));
}

function addError(errors: Record<string, string>, path: string, message: string) {
  errors[path] = errors[path] ? `${errors[path]} ${message}` : message;
}

const TOP_LEVEL_LABELS: Record<string, string> = {
  "horizon.years": "Years",
  "horizon.workingDaysPerYear": "Working days per year",
  scale: "Scale all teams by",
  pricesAsOf: "Prices as of",
  baselineId: "Baseline option",
};

const FIELD_LABELS = new Map([...TEAM_FIELDS, ...Object.values(OPTION_FIELDS).flat()].map((field) => [field.name, field.label]));

/** The editor's label of the field at an editor path, or null for a path that is no single field. */
export function editorFieldLabel(editorPath: string): string | null {
  if (TOP_LEVEL_LABELS[editorPath]) return TOP_LEVEL_LABELS[editorPath];
  const parts = parsePath(editorPath);
  const field = parts[2] === "overrides" && typeof parts[3] === "string" ? parts[3] : null;

  return field ? (FIELD_LABELS.get(field) ?? field) : null;
}

/**
 * Turns a cost-model message ("must be >= 0 and <= 1", relative to its field) into a sentence
 * that names the editor's field: "Utilization (%) must be > 0 % and <= 100 %." A sub-path
 * such as a range's `max` is named too.
 */
export function describeModelIssue(modelPath: string, message: string): string {
  const editorPath = modelPathToEditorPath(modelPath);
  const label = editorFieldLabel(editorPath);
  const parts = parsePath(modelPath);
  const fieldDepth = parts[0] === "teams" || parts[0] === "options" ? 3 : parts.length;
  const subPath = parts.slice(fieldDepth).join(".");
  const subject = label ? (subPath ? `${label}, ${subPath},` : label) : null;
  // The cost model states limits as shares; a percent field's reader typed percentages.
  const field = parts[0] === "teams" || parts[0] === "options" ? parts[2] : null;
  const shown = typeof field === "string" && PERCENT_FIELDS.has(field) ? limitsInPercent(message) : message;
  const sentence = subject ? `${subject} ${shown}` : shown.charAt(0).toUpperCase() + shown.slice(1);

  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** Rewrites the limits of a range message in percent: "must be > 0 and <= 1" → "must be > 0 % and <= 100 %". */
function limitsInPercent(message: string): string {
  return message.replace(/([<>]=?) (-?[\d,]+(?:\.\d+)?(?:e[-+]?\d+)?)/g, (_match, operator: string, limit: string) => `${operator} ${shareToPercent(Number(limit.replace(/,/g, ""))).toLocaleString("en-US", { maximumFractionDigits: 10 })} %`);
}

const INPUT_DEFAULTS: Record<string, unknown> = { "horizon.years": 3, "horizon.workingDaysPerYear": 250, scale: 1, pricesAsOf: null };

/**
 * Replaces the invalid top-level values (years, working days, scale, price date) and option names
 * of an inputs document with their defaults, so the cost-model checks can still run on the rest.
 * Returns null when some other part is invalid.
 */
function withoutInvalidParts(inputs: ScenarioInputsInput, issuePaths: readonly (string | number)[][]): ScenarioInputsInput | null {
  const repaired = structuredClone(inputs);
  for (const path of issuePaths) {
    const key = formatPath(path);
    if (key in INPUT_DEFAULTS) {
      if (path[0] === "horizon") repaired.horizon = { ...repaired.horizon, [path[1]]: INPUT_DEFAULTS[key] };
      else Object.assign(repaired, { [key]: INPUT_DEFAULTS[key] });
    } else if (path[0] === "options" && typeof path[1] === "number" && path[2] === "name" && path.length === 3) {
      delete repaired.options?.[path[1]]?.name;
    } else {
      return null;
    }
  }

  return repaired;
}

/**
 * Validates the editor's state the way a save does (inputs schema, catalog resolution, cost-model
 * schema) and evaluates it, so that the browser shows the same numbers and messages as the server.
 */
export function computePreview(state: EditorState, catalog: CatalogSnapshot, today: string, name: string): PreviewResult {
  const converted = editorStateToInputs(state);
  const errors: Record<string, string> = { ...converted.errors };
  // A field whose text is not a number already has its message; the schema would only repeat it.
  const addUnlessReported = (path: string, message: string) => {
    if (!(path in converted.errors)) addError(errors, path, message);
  };

  const parsed = scenarioInputsSchema.safeParse(converted.inputs);
  let inputs = parsed.success ? parsed.data : null;
  if (!parsed.success) {
    const issuePaths = parsed.error.issues.map((issue) => issue.path as (string | number)[]);
    for (const issue of parsed.error.issues) addUnlessReported(modelPathToEditorPath(formatPath(issue.path as (string | number)[])), issue.message);

    // Check the rest too, so that every invalid field shows its message at once.
    const repaired = withoutInvalidParts(converted.inputs, issuePaths);
    const reparsed = repaired ? scenarioInputsSchema.safeParse(repaired) : null;
    if (!reparsed?.success) return { inputs: null, errors, evaluation: null };
    inputs = reparsed.data;
  }
  if (!inputs) return { inputs: null, errors, evaluation: null };

  const resolved = resolveScenarioInputs(inputs, catalog, today, name);
  for (const problem of resolved.problems) addUnlessReported(problem.path, problem.message);
  if (resolved.problems.length > 0) return { inputs: null, errors, evaluation: null };

  const model = safeParseScenario(resolved.document);
  if (!model.ok) {
    for (const issue of model.issues) addUnlessReported(modelPathToEditorPath(issue.path), describeModelIssue(issue.path, issue.message));

    return { inputs: null, errors, evaluation: null };
  }
  if (Object.keys(errors).length > 0) return { inputs: null, errors, evaluation: null };

  return { inputs, errors, evaluation: evaluateScenario(model.scenario) };
}

/**
 * Returns the value each option's fields take without the scenario's overrides: the catalog's
 * value, or null when the option's catalog entry cannot be resolved. Indexed like `options`.
 */
export function catalogValuesOfOptions(inputs: Pick<ScenarioInputs, "options" | "pricesAsOf">, catalog: CatalogSnapshot, today: string) {
  return inputs.options.map((option) => {
    const single: ScenarioInputs = {
      horizon: { years: 1, workingDaysPerYear: 250 },
      pricesAsOf: inputs.pricesAsOf,
      scale: 1,
      teams: [{ teamId: "", overrides: {} }],
      options: [{ ...option, overrides: {} }],
    };
    const resolved = resolveScenarioInputs(single, catalog, today);
    const document = resolved.document.options as Record<string, unknown>[];

    return resolved.problems.some((problem) => problem.path.startsWith("options")) ? null : (document[0] ?? null);
  });
}
