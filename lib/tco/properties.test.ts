import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { evaluateScenario } from "./evaluate";
import { fieldRanges, type FieldRange, type NumericFieldName } from "./fields";
import { runMonteCarlo } from "./monte-carlo";
import { parseScenario } from "./parse";
import type { ScenarioInput } from "./schema";
import { runSensitivity } from "./sensitivity";
import { sweepScenario } from "./sweep";

// Generators of valid scenario documents. Values span each field's whole range, extremes
// included, and three in seven uncertain fields carry a distribution.

type TeamInput = ScenarioInput["teams"][number];

/** Generates any plain value the schema accepts for the field. */
function plainValue(name: NumericFieldName): fc.Arbitrary<number> {
  const range: FieldRange = fieldRanges[name];
  if (range.wholeNumber) {
    return fc.integer({ min: range.minimum, max: range.maximum });
  }

  return fc
    .double({
      min: range.practicalMinimum ?? range.minimum,
      max: range.maximum,
      minExcluded: range.practicalMinimum === undefined && range.minimumExclusive,
      maxExcluded: range.maximumExclusive,
      noNaN: true,
    })
    .map((value) => value + 0);
}

/** Generates a plain value or, for an uncertain field, sometimes a distribution over the field's range. */
function fieldValue(name: NumericFieldName): fc.Arbitrary<number | Record<string, unknown>> {
  const plain = plainValue(name);
  if (!fieldRanges[name].uncertain) {
    return plain;
  }

  const ordered = (count: number) => fc.array(plain, { minLength: count, maxLength: count }).map((values) => values.sort((a, b) => a - b));

  return fc.oneof(
    { weight: 4, arbitrary: plain },
    { weight: 1, arbitrary: ordered(2).map(([min, max]) => ({ distribution: "uniform", min, max })) },
    { weight: 1, arbitrary: ordered(3).map(([min, mode, max]) => ({ distribution: "triangular", min, mode, max })) },
    {
      weight: 1,
      arbitrary: ordered(2)
        .filter(([p10]) => p10 > 0)
        .map(([p10, p90]) => ({ distribution: "lognormal", p10, p90 })),
    },
  );
}

function fields(names: readonly NumericFieldName[]): fc.Arbitrary<Record<string, unknown>> {
  const entries = names.map((name) => [name, fieldValue(name)] as const);

  return fc.record(Object.fromEntries(entries) as Record<string, fc.Arbitrary<unknown>>);
}

const teamArbitrary: fc.Arbitrary<TeamInput> = fields([
  "engineers",
  "adoption",
  "queriesPerEngineerPerDay",
  "inputTokensPerQuery",
  "outputTokensPerQuery",
  "cachedInputShare",
  "annualHeadcountGrowth",
] as const) as fc.Arbitrary<TeamInput>;

const apiArbitrary = fields([
  "accuracy",
  "fixedCostPerYear",
  "inputPricePerMTok",
  "cachedInputPricePerMTok",
  "outputPricePerMTok",
  "discount",
  "annualPriceChange",
] as const).map((values) => ({ kind: "api" as const, ...values }));

const seatArbitrary = fields(["accuracy", "fixedCostPerYear", "pricePerSeatPerMonth", "minimumSeats", "annualPriceChange"] as const).map(
  (values) => ({ kind: "seat" as const, ...values }),
);

const selfHostedArbitrary = fc
  .tuple(
    fields([
      "accuracy",
      "fixedCostPerYear",
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
    ] as const),
    fc.constantFrom("utilization" as const, "dedicated" as const),
    fc.boolean(),
  )
  .map(([values, servingMode, alwaysOn]) => ({ kind: "selfHosted" as const, ...values, servingMode, alwaysOn }));

const optionArbitrary = fc.oneof(apiArbitrary, seatArbitrary, selfHostedArbitrary);

/** Valid scenario documents: 1 to 10 years, 1 to 3 teams, 1 to 4 options with unique ids. */
const scenarioArbitrary: fc.Arbitrary<ScenarioInput> = fc
  .record({
    years: fc.integer({ min: 1, max: 10 }),
    workingDaysPerYear: fieldValue("workingDaysPerYear"),
    teams: fc.array(teamArbitrary, { minLength: 1, maxLength: 3 }),
    options: fc.array(optionArbitrary, { minLength: 1, maxLength: 4 }),
  })
  .map(
    ({ years, workingDaysPerYear, teams, options }) =>
      ({
        horizon: { years, workingDaysPerYear },
        teams,
        options: options.map((option, index) => ({ ...option, id: `option-${index}`, name: `Option ${index}` })),
      }) as ScenarioInput,
  );

/** Collects every number of a result, with its path, to check that each is finite. */
function collectNonFinite(value: unknown, path: string, found: string[]): string[] {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      found.push(`${path} = ${value}`);
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => collectNonFinite(item, `${path}[${index}]`, found));
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      collectNonFinite(item, `${path}.${key}`, found);
    }
  } else if (value !== null && typeof value !== "string" && typeof value !== "boolean") {
    found.push(`${path} is ${typeof value}`);
  }

  return found;
}

describe("every output is finite or null", () => {
  it("with every input at its limit", () => {
    const largestTeam = {
      engineers: 1e7,
      queriesPerEngineerPerDay: 1e5,
      inputTokensPerQuery: 1e7,
      outputTokensPerQuery: 1e6,
      cachedInputShare: 0.5,
      annualHeadcountGrowth: 10,
    };
    const largestServing = {
      kind: "selfHosted" as const,
      daptGpuHours: 1e9,
      sftGpuHours: 1e9,
      trainingGpuHourPrice: 1e6,
      dataPreparationCost: 1e12,
      retrainingsPerYear: 365,
      gpusPerReplica: 1e6,
      servingGpuHourPrice: 1e6,
      throughputTokensPerSecond: 1e-6,
      utilization: 1e-6,
      peakHoursPerDay: 1e-6,
      minReplicas: 1e6,
      overheadMultiplier: 100,
      opsFte: 1e6,
      costPerFtePerYear: 1e9,
      fixedCostPerYear: 1e12,
    };
    const scenario = parseScenario({
      horizon: { years: 10, workingDaysPerYear: 1 },
      teams: Array.from({ length: 1000 }, () => largestTeam),
      options: [
        { id: "api", name: "API", kind: "api", inputPricePerMTok: 1e6, outputPricePerMTok: 1e6, annualPriceChange: 10 },
        { id: "seat", name: "Seats", kind: "seat", pricePerSeatPerMonth: 1e6, annualPriceChange: 10, minimumSeats: 1e9 },
        { id: "dedicated", name: "Dedicated", servingMode: "dedicated", ...largestServing },
        { id: "utilization", name: "Utilization", servingMode: "utilization", ...largestServing },
      ],
    });
    const result = evaluateScenario(scenario, { scale: 1e9 });

    expect(collectNonFinite(result, "result", [])).toEqual([]);
    for (const option of result.options) {
      expect(option.total).toBeLessThan(1e90);
    }
  });

  it("for evaluateScenario at any scale", () => {
    fc.assert(
      fc.property(scenarioArbitrary, fc.double({ min: 0, max: 1e9, noNaN: true }), (document, scale) => {
        const result = evaluateScenario(parseScenario(document), { scale });

        expect(collectNonFinite(result, "result", [])).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("for sweeps, sensitivity and Monte Carlo", () => {
    fc.assert(
      fc.property(scenarioArbitrary, fc.nat(), (document, seed) => {
        const scenario = parseScenario(document);
        const outputs: unknown[] = [
          sweepScenario(scenario, { minEngineers: 1, maxEngineers: 1e7, points: 5 }),
          runMonteCarlo(scenario, { samples: 20, seed }),
        ];
        if (scenario.options.length > 1) {
          outputs.push(runSensitivity(scenario, { optionId: scenario.options[0].id, baselineId: scenario.options[1].id }));
        }

        expect(collectNonFinite(outputs, "outputs", [])).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

// Realistic ranges, so that the asymptote is reached below the largest allowed scale.
const price = fc.double({ min: 0.1, max: 100, noNaN: true });
const realisticTeam = fc.record({
  engineers: fc.integer({ min: 1, max: 10_000 }),
  adoption: fc.double({ min: 0.1, max: 1, noNaN: true }),
  queriesPerEngineerPerDay: fc.double({ min: 1, max: 200, noNaN: true }),
  inputTokensPerQuery: fc.double({ min: 10, max: 100_000, noNaN: true }),
  outputTokensPerQuery: fc.double({ min: 10, max: 10_000, noNaN: true }),
  cachedInputShare: fc.double({ min: 0, max: 1, noNaN: true }),
  annualHeadcountGrowth: fc.double({ min: -0.5, max: 1, noNaN: true }),
});
const realisticApi = fc.record({
  id: fc.constant("api"),
  name: fc.constant("API"),
  kind: fc.constant("api" as const),
  inputPricePerMTok: price,
  cachedInputPricePerMTok: price,
  outputPricePerMTok: price,
  discount: fc.double({ min: 0, max: 0.5, noNaN: true }),
  annualPriceChange: fc.double({ min: -0.5, max: 0.5, noNaN: true }),
});

describe("API cost", () => {
  it("is linear in head count", () => {
    fc.assert(
      fc.property(
        fc.array(realisticTeam, { minLength: 1, maxLength: 3 }),
        realisticApi,
        fc.integer({ min: 1, max: 5 }),
        fc.double({ min: 0.001, max: 1000, noNaN: true }),
        (teams, api, years, scale) => {
          const scenario = parseScenario({ horizon: { years }, teams, options: [api] });
          const base = evaluateScenario(scenario).options[0];
          const scaled = evaluateScenario(scenario, { scale }).options[0];

          scaled.years.forEach((year, index) => {
            const expected = base.years[index].usage * scale;

            expect(Math.abs(year.usage - expected)).toBeLessThanOrEqual(1e-9 * expected);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("utilization-mode savings", () => {
  it("approach 1 - c_self / c_api as head count grows", () => {
    const selfHosted = fc.record({
      id: fc.constant("self"),
      name: fc.constant("Self-hosted"),
      kind: fc.constant("selfHosted" as const),
      daptGpuHours: fc.double({ min: 0, max: 30_000, noNaN: true }),
      sftGpuHours: fc.double({ min: 0, max: 1000, noNaN: true }),
      trainingGpuHourPrice: fc.double({ min: 0.5, max: 10, noNaN: true }),
      gpusPerReplica: fc.integer({ min: 1, max: 16 }),
      servingGpuHourPrice: fc.double({ min: 0.5, max: 10, noNaN: true }),
      throughputTokensPerSecond: fc.double({ min: 100, max: 50_000, noNaN: true }),
      servingMode: fc.constant("utilization" as const),
      utilization: fc.double({ min: 0.1, max: 1, noNaN: true }),
      opsFte: fc.double({ min: 0, max: 5, noNaN: true }),
      costPerFtePerYear: fc.double({ min: 0, max: 300_000, noNaN: true }),
    });

    fc.assert(
      fc.property(realisticTeam, realisticApi, selfHosted, (teamInput, api, self) => {
        const scenario = parseScenario({ horizon: { years: 1 }, teams: [teamInput], options: [api, self] });
        const savingsAt = (scale: number) =>
          evaluateScenario(scenario, { scale }).comparisons.find((entry) => entry.optionId === "self")!.savings!;

        // Savings are 1 - (C + s k) / (a k) = L - C / (a k), with C the self-hosted option's
        // fixed part: the gap to L shrinks in proportion to 1 / k.
        const unit = evaluateScenario(scenario).options;
        const limit = 1 - unit[1].years[0].usage / unit[0].years[0].usage;
        const fixedPart = unit[1].total - unit[1].years[0].usage;
        const floatNoise = 1e-9 * Math.max(1, Math.abs(limit));

        for (const scale of [1, 1e3, 1e6, 1e9]) {
          const expectedGap = fixedPart / (unit[0].years[0].usage * scale);

          expect(Math.abs(limit - savingsAt(scale) - expectedGap)).toBeLessThanOrEqual(floatNoise + 1e-9 * expectedGap);
        }
      }),
      { numRuns: 200 },
    );
  });
});
