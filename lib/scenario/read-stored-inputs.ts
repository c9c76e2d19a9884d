import { formatPath } from "./diff";
import { scenarioInputsSchema, type ScenarioInputs } from "./inputs";
import type { ResolveProblem } from "./resolve";

export type StoredInputsResult = { ok: true; inputs: ScenarioInputs } | { ok: false; problem: ResolveProblem };

/**
 * Validates the inputs stored with a revision. A revision saved under an older or looser schema
 * may fail today's, which is a problem to show on the page rather than a server error.
 */
export function readStoredInputs(revisionNumber: number, stored: unknown): StoredInputsResult {
  const parsed = scenarioInputsSchema.safeParse(stored);
  if (parsed.success) return { ok: true, inputs: parsed.data };

  const issue = parsed.error.issues[0];
  const path = formatPath(issue.path) || "(the whole document)";

  return { ok: false, problem: { path: "", message: `Revision ${revisionNumber} cannot be read: ${path}: ${issue.message}` } };
}
