import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { fieldRanges, type FieldRange, type NumericFieldName } from "./fields";
import { parseScenario, safeParseScenario, ScenarioValidationError, type ScenarioIssue } from "./parse";
import { presets } from "./presets";
import { apiOption, seatOption, selfHostedOption, team } from "./testing";

/** Returns a valid document with one option of each kind, in the order api, seat, selfHosted. */
function validDocument(): Record<string, unknown> {
  return structuredClone({
    horizon: { years: 2, workingDaysPerYear: 250 },
    teams: [team()],
    options: [apiOption(), seatOption(), selfHostedOption({ servingMode: "dedicated" })],
  });
}

function issuesOf(document: unknown): ScenarioIssue[] {
  const result = safeParseScenario(document);
  if (result.ok) {
    throw new Error("expected the document to be rejected");
  }

  return result.issues;
}

/** Writes `value` at a path such as ["options", 2, "utilization"]. */
function withValue(document: Record<string, unknown>, path: (string | number)[], value: unknown) {
  let holder = document as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    holder = holder[key] as Record<string | number, unknown>;
  }
  holder[path[path.length - 1]] = value;

  return document;
}

describe("parseScenario", () => {
  it("applies the defaults", () => {
    const scenario = parseScenario({ teams: [{ engineers: 5 }], options: [apiOption()] });

    expect(scenario.horizon).toEqual({ years: 3, workingDaysPerYear: 250 });
    expect(scenario.teams[0]).toEqual({
      engineers: 5,
      adoption: 1,
      queriesPerEngineerPerDay: 20,
      inputTokensPerQuery: 1000,
      outputTokensPerQuery: 500,
      cachedInputShare: 0,
      annualHeadcountGrowth: 0,
    });
    expect(scenario.options[0]).toMatchObject({ accuracy: 1, fixedCostPerYear: 0, discount: 0, annualPriceChange: 0 });
  });

  it("applies the self-hosted defaults", () => {
    const scenario = parseScenario({ teams: [team()], options: [selfHostedOption()] });

    expect(scenario.options[0]).toMatchObject({
      dataPreparationCost: 0,
      retrainingsPerYear: 0,
      peakHoursPerDay: 8,
      minReplicas: 1,
      alwaysOn: true,
      overheadMultiplier: 1,
      opsFte: 0,
      costPerFtePerYear: 0,
    });
  });

  it("accepts every preset", () => {
    for (const document of Object.values(presets)) {
      expect(safeParseScenario(document).ok).toBe(true);
    }
  });

  it("throws ScenarioValidationError with every issue", () => {
    const document = withValue(withValue(validDocument(), ["options", 2, "utilization"], 0), ["teams", 0, "adoption"], 2);

    try {
      parseScenario(document);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ScenarioValidationError);
      expect((error as ScenarioValidationError).issues).toEqual([
        { path: "teams[0].adoption", message: "must be >= 0 and <= 1" },
        { path: "options[2].utilization", message: "must be > 0 and <= 1" },
      ]);
    }
  });

  it.each([
    { name: "missing teams", change: (d: Record<string, unknown>) => delete d.teams, path: "teams", message: "is required" },
    { name: "no team", change: (d: Record<string, unknown>) => (d.teams = []), path: "teams", message: "must contain at least one team" },
    { name: "no option", change: (d: Record<string, unknown>) => (d.options = []), path: "options", message: "must contain at least one option" },
    { name: "fractional engineers", change: (d: Record<string, unknown>) => withValue(d, ["teams", 0, "engineers"], 10.5), path: "teams[0].engineers", message: "must be a whole number" },
    { name: "misspelt field", change: (d: Record<string, unknown>) => withValue(d, ["options", 0, "inputPrice"], 3), path: "options[0].inputPrice", message: "is not a known field (check the spelling)" },
    { name: "unknown kind", change: (d: Record<string, unknown>) => withValue(d, ["options", 0, "kind"], "rest"), path: "options[0].kind", message: 'must be one of "api", "seat", "selfHosted"' },
    { name: "unknown serving mode", change: (d: Record<string, unknown>) => withValue(d, ["options", 2, "servingMode"], "shared"), path: "options[2].servingMode", message: 'must be one of "utilization", "dedicated"' },
    { name: "duplicate id", change: (d: Record<string, unknown>) => withValue(d, ["options", 1, "id"], "api"), path: "options[1].id", message: "duplicates the id of options[0]; option ids must be unique" },
    { name: "unknown baseline", change: (d: Record<string, unknown>) => (d.baselineId = "nope"), path: "baselineId", message: 'must be the id of an option; "nope" is not one of "api", "seat", "self"' },
    { name: "discount of 1", change: (d: Record<string, unknown>) => withValue(d, ["options", 0, "discount"], 1), path: "options[0].discount", message: "must be >= 0 and < 1" },
    { name: "tiny utilization", change: (d: Record<string, unknown>) => withValue(d, ["options", 2, "utilization"], 1e-300), path: "options[2].utilization", message: "must be at least 0.000001, because a smaller divisor makes the cost overflow" },
    { name: "eleven years", change: (d: Record<string, unknown>) => withValue(d, ["horizon", "years"], 11), path: "horizon.years", message: "must be >= 1 and <= 10" },
    { name: "not an object", change: (d: Record<string, unknown>) => withValue(d, ["teams", 0], 5), path: "teams[0]", message: "must be an object" },
  ])("rejects $name", ({ change, path, message }) => {
    const document = validDocument();
    change(document);

    expect(issuesOf(document)).toContainEqual({ path, message });
  });

  it("accepts a valid baselineId", () => {
    expect(safeParseScenario({ ...validDocument(), baselineId: "seat" }).ok).toBe(true);
  });

  it("names the scenario root for a non-object", () => {
    expect(issuesOf("scenario")).toEqual([{ path: "scenario", message: "must be an object" }]);
  });
});

describe("distributions", () => {
  const utilizationPath = ["options", 2, "utilization"];

  it.each([
    { value: { distribution: "uniform", min: 0.2, max: 0.8 } },
    { value: { distribution: "triangular", min: 0.2, mode: 0.5, max: 0.8 } },
    { value: { distribution: "lognormal", p10: 0.2, p90: 0.8 } },
    { value: { distribution: "uniform", min: 0.5, max: 0.5 } },
  ])("accepts $value.distribution", ({ value }) => {
    expect(safeParseScenario(withValue(validDocument(), utilizationPath, value)).ok).toBe(true);
  });

  it.each([
    { value: { distribution: "uniform", min: 0.8, max: 0.2 }, path: "options[2].utilization.max", message: "must be >= min" },
    { value: { distribution: "triangular", min: 0.2, mode: 0.9, max: 0.8 }, path: "options[2].utilization.mode", message: "must be between min and max" },
    { value: { distribution: "lognormal", p10: 0.8, p90: 0.2 }, path: "options[2].utilization.p90", message: "must be >= p10" },
    { value: { distribution: "uniform", min: 0, max: 0.5 }, path: "options[2].utilization.min", message: "must be > 0 and <= 1" },
    { value: { distribution: "uniform", min: 0.5, max: 1.5 }, path: "options[2].utilization.max", message: "must be > 0 and <= 1" },
    { value: { distribution: "uniform", min: 0.5 }, path: "options[2].utilization.max", message: "is required" },
    { value: { distribution: "normal", mean: 0.5 }, path: "options[2].utilization.distribution", message: 'must be one of "uniform", "triangular", "lognormal"' },
    { value: { distribution: "uniform", min: 0.2, max: 0.8, mode: 0.5 }, path: "options[2].utilization.mode", message: "is not a known field (check the spelling)" },
  ])("rejects $path: $message", ({ value, path, message }) => {
    expect(issuesOf(withValue(validDocument(), utilizationPath, value))).toContainEqual({ path, message });
  });

  it("rejects a lognormal p10 of 0", () => {
    const value = { distribution: "lognormal", p10: 0, p90: 10 };

    expect(issuesOf(withValue(validDocument(), ["options", 1, "pricePerSeatPerMonth"], value))).toContainEqual({
      path: "options[1].pricePerSeatPerMonth.p10",
      message: "must be > 0 for a lognormal distribution",
    });
  });

  it("keeps whole-number settings plain", () => {
    const value = { distribution: "uniform", min: 1, max: 2 };

    expect(issuesOf(withValue(validDocument(), ["options", 2, "minReplicas"], value))).toContainEqual({
      path: "options[2].minReplicas",
      message: "must be a finite number",
    });
  });
});

/** Every numeric field of `validDocument`, with its path. */
const numericFields: { path: (string | number)[]; name: NumericFieldName }[] = [
  { path: ["horizon", "years"], name: "years" },
  { path: ["horizon", "workingDaysPerYear"], name: "workingDaysPerYear" },
  ...(["engineers", "adoption", "queriesPerEngineerPerDay", "inputTokensPerQuery", "outputTokensPerQuery", "cachedInputShare", "annualHeadcountGrowth"] as const).map(
    (name) => ({ path: ["teams", 0, name], name }),
  ),
  ...(["accuracy", "fixedCostPerYear", "inputPricePerMTok", "cachedInputPricePerMTok", "outputPricePerMTok", "discount", "annualPriceChange"] as const).map(
    (name) => ({ path: ["options", 0, name], name }),
  ),
  ...(["pricePerSeatPerMonth", "minimumSeats", "annualPriceChange"] as const).map((name) => ({ path: ["options", 1, name], name })),
  ...([
    "daptGpuHours",
    "sftGpuHours",
    "trainingGpuHourPrice",
    "dataPreparationCost",
    "retrainingsPerYear",
    "gpusPerReplica",
    "servingGpuHourPrice",
    "throughputTokensPerSecond",
    "utilization",
    "peakHoursPerDay",
    "minReplicas",
    "overheadMultiplier",
    "opsFte",
    "costPerFtePerYear",
  ] as const).map((name) => ({ path: ["options", 2, name], name })),
];

describe("invalid numbers (property)", () => {
  const badValue = (name: NumericFieldName) => {
    const range: FieldRange = fieldRanges[name];

    return fc.oneof(
      fc.constantFrom<unknown>(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, "1", null, true, [], {}),
      // fast-check orders -0 below 0, but -0 equals a valid minimum of 0.
      fc
        .double({ min: -1e12, max: range.minimum, maxExcluded: !range.minimumExclusive, noNaN: true })
        .filter((value) => !Object.is(value, -0)),
      fc.double({ min: range.maximum, max: 1e15, minExcluded: !range.maximumExclusive, noNaN: true }),
    );
  };

  it("rejects NaN, Infinity, wrong types and out-of-range values with the field path", () => {
    const fieldAndValue = fc
      .constantFrom(...numericFields)
      .chain((field) => badValue(field.name).map((value) => ({ field, value })));

    fc.assert(
      fc.property(fieldAndValue, ({ field, value }) => {
        const document = withValue(validDocument(), field.path, value);
        const expectedPath = field.path.map((key) => (typeof key === "number" ? `[${key}]` : `.${key}`)).join("").replace(/^\./, "");
        // An object without a valid "distribution" key is reported at `<field>.distribution`.
        const namesField = issuesOf(document).some(
          (issue) => issue.path === expectedPath || issue.path.startsWith(`${expectedPath}.`),
        );

        expect(namesField).toBe(true);
      }),
      { numRuns: 500 },
    );
  }, 30_000);
});

describe("operations staff cost", () => {
  it("is required when opsFte is above 0", () => {
    const document = withValue(validDocument(), ["options", 2, "opsFte"], 2);

    expect(issuesOf(document)).toEqual([{ path: "options[2].costPerFtePerYear", message: "is required when opsFte is above 0" }]);
  });

  it("is required when opsFte is a distribution", () => {
    const document = withValue(validDocument(), ["options", 2, "opsFte"], { distribution: "uniform", min: 0, max: 2 });

    expect(issuesOf(document)).toEqual([{ path: "options[2].costPerFtePerYear", message: "is required when opsFte is above 0" }]);
  });

  it("defaults to 0 without operations staff", () => {
    const scenario = parseScenario(validDocument());
    const option = scenario.options[2];

    expect(option.kind === "selfHosted" && option.opsFte).toBe(0);
    expect(option.kind === "selfHosted" && option.costPerFtePerYear).toBe(0);
  });

  it("keeps a given cost", () => {
    const document = withValue(withValue(validDocument(), ["options", 2, "opsFte"], 2), ["options", 2, "costPerFtePerYear"], 150_000);
    const option = parseScenario(document).options[2];

    expect(option.kind === "selfHosted" && option.costPerFtePerYear).toBe(150_000);
  });
});
