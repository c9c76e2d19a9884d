import { evaluateScenario, safeParseScenario, type EvaluationResult } from "@/lib/tco";

import type { CatalogSnapshot } from "./catalog-types";
import { parsePath, formatPath } from "./diff";
import { editorStateToInputs, type EditorState } from "./editor-state";
import { scenarioInputsSchema, type ScenarioInputs } from "./inputs";
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

/**
 * Validates the editor's state the way a save does (inputs schema, catalog resolution, cost-model
 * schema) and evaluates it, so that the browser shows the same numbers and messages as the server.
 */
export function computePreview(state: EditorState, catalog: CatalogSnapshot, today: string, name: string): PreviewResult {
  const converted = editorStateToInputs(state);
  if (Object.keys(converted.errors).length > 0) return { inputs: null, errors: converted.errors, evaluation: null };

  const errors: Record<string, string> = {};
  const parsed = scenarioInputsSchema.safeParse(converted.inputs);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) addError(errors, modelPathToEditorPath(formatPath(issue.path as (string | number)[])), issue.message);

    return { inputs: null, errors, evaluation: null };
  }

  const resolved = resolveScenarioInputs(parsed.data, catalog, today, name);
  for (const problem of resolved.problems) addError(errors, problem.path, problem.message);
  if (resolved.problems.length > 0) return { inputs: null, errors, evaluation: null };

  const model = safeParseScenario(resolved.document);
  if (!model.ok) {
    for (const issue of model.issues) addError(errors, modelPathToEditorPath(issue.path), issue.message);

    return { inputs: null, errors, evaluation: null };
  }

  return { inputs: parsed.data, errors, evaluation: evaluateScenario(model.scenario) };
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
