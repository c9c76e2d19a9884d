import type { z } from "zod";

import { scenarioSchema, type Scenario } from "./schema";

/** One problem of an invalid scenario: `path` like `options[2].utilization`, and the reason. */
export interface ScenarioIssue {
  path: string;
  message: string;
}

/** Thrown by `parseScenario`; `issues` lists every problem found, not only the first. */
export class ScenarioValidationError extends Error {
  readonly issues: ScenarioIssue[];

  constructor(issues: ScenarioIssue[]) {
    const lines = issues.map((issue) => `${issue.path}: ${issue.message}`);
    super(`Invalid scenario:\n${lines.join("\n")}`);
    this.name = "ScenarioValidationError";
    this.issues = issues;
  }
}

export type SafeParseScenarioResult = { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

/** Validates a scenario document and applies its defaults. Throws `ScenarioValidationError`. */
export function parseScenario(value: unknown): Scenario {
  const result = safeParseScenario(value);
  if (!result.ok) {
    throw new ScenarioValidationError(result.issues);
  }

  return result.scenario;
}

/** Validates a scenario document and applies its defaults, returning the problems instead of throwing. */
export function safeParseScenario(value: unknown): SafeParseScenarioResult {
  const result = scenarioSchema.safeParse(value);
  if (result.success) {
    return { ok: true, scenario: result.data };
  }

  return { ok: false, issues: flattenIssues(result.error.issues, []) };
}

/** Formats a path as JavaScript would write the access: `options[2].utilization`; "scenario" for the root. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") {
      text += `[${segment}]`;
    } else {
      text += text === "" ? String(segment) : `.${String(segment)}`;
    }
  }

  return text === "" ? "scenario" : text;
}

type ZodIssue = z.core.$ZodIssue;

/**
 * Turns Zod issues into one `{ path, message }` per problem. Unknown keys become one issue
 * each, and a failed union is replaced by the issues of the branch the input was meant for.
 */
function flattenIssues(issues: readonly ZodIssue[], prefix: readonly PropertyKey[]): ScenarioIssue[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];

    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        path: formatPath([...path, key]),
        message: "is not a known field (check the spelling)",
      }));
    }

    if (issue.code === "invalid_union") {
      return flattenUnionIssue(issue, path);
    }

    return [{ path: formatPath(path), message: issue.message }];
  });
}

function flattenUnionIssue(issue: z.core.$ZodIssueInvalidUnion, path: PropertyKey[]): ScenarioIssue[] {
  // No option of a discriminated union matches the value of its "kind" or "distribution" key.
  if (issue.discriminator !== undefined && "options" in issue) {
    const allowed = (issue.options ?? []).map((option) => JSON.stringify(option)).join(", ");

    return [{ path: formatPath(path), message: `must be one of ${allowed}` }];
  }

  // A branch that failed only at its root (wrong type) was not the one the input meant:
  // a number given to the distribution branch, or an object given to the number branch.
  const meantBranch = issue.errors.find((branch) => branch.some((inner) => inner.path.length > 0));
  if (meantBranch !== undefined) {
    return flattenIssues(meantBranch, path);
  }

  return [{ path: formatPath(path), message: issue.message }];
}
