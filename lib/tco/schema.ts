import { z } from "zod";

import { distributionNames } from "./distributions";
import { checkRange, fieldRanges, type FieldRange, type NumericFieldName } from "./fields";

/** Builds the message of a wrong-type issue: "is required" for a missing field. */
function typeError(expected: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? "is required" : `must be ${expected}`);
}

// z.number() rejects NaN and ±Infinity.
const finiteNumber = z.number({ error: typeError("a finite number") });

function plainNumber(range: FieldRange) {
  return finiteNumber.superRefine((value, context) => {
    const problem = checkRange(range, value);
    if (problem !== null) {
      context.addIssue({ code: "custom", message: problem });
    }
  });
}

/**
 * Builds the distribution form of a field. Every parameter must lie in the field's range
 * (whole-number rules aside), and the parameters must be ordered.
 */
function distributionSchema(range: FieldRange) {
  const uniform = z.strictObject({ distribution: z.literal("uniform"), min: finiteNumber, max: finiteNumber });
  const triangular = z.strictObject({
    distribution: z.literal("triangular"),
    min: finiteNumber,
    mode: finiteNumber,
    max: finiteNumber,
  });
  const lognormal = z.strictObject({ distribution: z.literal("lognormal"), p10: finiteNumber, p90: finiteNumber });

  return z.discriminatedUnion("distribution", [uniform, triangular, lognormal]).superRefine((value, context) => {
    const parameters = Object.entries(value).filter(([key]) => key !== "distribution") as [string, number][];
    for (const [key, parameter] of parameters) {
      const problem = checkRange(range, parameter, false);
      if (problem !== null) {
        context.addIssue({ code: "custom", message: problem, path: [key] });
      }
    }

    if (value.distribution === "lognormal") {
      if (value.p10 <= 0) {
        context.addIssue({ code: "custom", message: "must be > 0 for a lognormal distribution", path: ["p10"] });
      }
      if (value.p10 > value.p90) {
        context.addIssue({ code: "custom", message: "must be >= p10", path: ["p90"] });
      }

      return;
    }

    if (value.min > value.max) {
      context.addIssue({ code: "custom", message: "must be >= min", path: ["max"] });
    }
    if (value.distribution === "triangular" && (value.mode < value.min || value.mode > value.max)) {
      context.addIssue({ code: "custom", message: "must be between min and max", path: ["mode"] });
    }
  });
}

/** Builds the schema of a numeric field from its range: a number, or also a distribution. */
function field<Name extends NumericFieldName>(name: Name) {
  const range: FieldRange = fieldRanges[name];
  if (!range.uncertain) {
    return plainNumber(range);
  }

  return z.union([plainNumber(range), distributionSchema(range)], {
    error: typeError(`a finite number or an object with "distribution": ${distributionNames.join(", ")}`),
  });
}

const name = z
  .string({ error: typeError("a string") })
  .trim()
  .min(1, "must not be empty")
  .max(200, "must be at most 200 characters");

const optionId = z
  .string({ error: typeError("a string") })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");

const horizonSchema = z
  .strictObject(
    {
      years: field("years").default(3),
      workingDaysPerYear: field("workingDaysPerYear").default(250),
    },
    { error: typeError("an object") },
  )
  .prefault({});

export const teamSchema = z.strictObject(
  {
    name: name.optional(),
    engineers: field("engineers"),
    adoption: field("adoption").default(1),
    queriesPerEngineerPerDay: field("queriesPerEngineerPerDay").default(20),
    inputTokensPerQuery: field("inputTokensPerQuery").default(1000),
    outputTokensPerQuery: field("outputTokensPerQuery").default(500),
    cachedInputShare: field("cachedInputShare").default(0),
    annualHeadcountGrowth: field("annualHeadcountGrowth").default(0),
  },
  { error: typeError("an object") },
);

const optionBase = {
  id: optionId,
  name,
  accuracy: field("accuracy").default(1),
  fixedCostPerYear: field("fixedCostPerYear").default(0),
};

export const apiOptionSchema = z.strictObject(
  {
    ...optionBase,
    kind: z.literal("api"),
    inputPricePerMTok: field("inputPricePerMTok"),
    /** Left out, cached input tokens cost the same as fresh ones. */
    cachedInputPricePerMTok: field("cachedInputPricePerMTok").optional(),
    outputPricePerMTok: field("outputPricePerMTok"),
    discount: field("discount").default(0),
    annualPriceChange: field("annualPriceChange").default(0),
  },
  { error: typeError("an object") },
);

export const seatOptionSchema = z.strictObject(
  {
    ...optionBase,
    kind: z.literal("seat"),
    pricePerSeatPerMonth: field("pricePerSeatPerMonth"),
    minimumSeats: field("minimumSeats").default(0),
    annualPriceChange: field("annualPriceChange").default(0),
  },
  { error: typeError("an object") },
);

export const servingModes = ["utilization", "dedicated"] as const;

export const selfHostedOptionSchema = z.strictObject(
  {
    ...optionBase,
    kind: z.literal("selfHosted"),
    daptGpuHours: field("daptGpuHours"),
    sftGpuHours: field("sftGpuHours"),
    trainingGpuHourPrice: field("trainingGpuHourPrice"),
    dataPreparationCost: field("dataPreparationCost").default(0),
    retrainingsPerYear: field("retrainingsPerYear").default(0),
    gpusPerReplica: field("gpusPerReplica"),
    servingGpuHourPrice: field("servingGpuHourPrice"),
    throughputTokensPerSecond: field("throughputTokensPerSecond"),
    // No default: a report must name the serving mode that produced its numbers.
    servingMode: z.enum(servingModes, { error: typeError(`one of ${servingModes.map((mode) => `"${mode}"`).join(", ")}`) }),
    utilization: field("utilization"),
    peakHoursPerDay: field("peakHoursPerDay").default(8),
    minReplicas: field("minReplicas").default(1),
    alwaysOn: z.boolean({ error: typeError("true or false") }).default(true),
    overheadMultiplier: field("overheadMultiplier").default(1),
    opsFte: field("opsFte").default(0),
    // No default while opsFte may be above 0, so that staff are never priced at 0 by omission.
    costPerFtePerYear: field("costPerFtePerYear").optional(),
  },
  { error: typeError("an object") },
)
  .superRefine((option, context) => {
    // A distribution of opsFte may draw values above 0, so it needs a cost as well.
    const staffed = typeof option.opsFte !== "number" || option.opsFte > 0;
    if (staffed && option.costPerFtePerYear === undefined) {
      context.addIssue({ code: "custom", message: "is required when opsFte is above 0", path: ["costPerFtePerYear"] });
    }
  })
  .transform((option) => ({ ...option, costPerFtePerYear: option.costPerFtePerYear ?? 0 }));

export const optionKinds = ["api", "seat", "selfHosted"] as const;

export const optionSchema = z.discriminatedUnion("kind", [apiOptionSchema, seatOptionSchema, selfHostedOptionSchema]);

/** Limits on list lengths keep every comparison (one per ordered pair of options) quick. */
export const maximumTeams = 1000;
export const maximumOptions = 50;

/**
 * Scenario document: horizon, teams (demand) and options (ways to buy the assistance).
 *
 * Every object is strict: an unknown key is rejected, so that a misspelt field name is
 * reported instead of being silently replaced by its default. Option ids must be unique,
 * and `baselineId`, when present, must be the id of one of the options.
 */
export const scenarioSchema = z
  .strictObject(
    {
      name: name.optional(),
      description: z.string({ error: typeError("a string") }).max(5000, "must be at most 5,000 characters").optional(),
      horizon: horizonSchema,
      teams: z
        .array(teamSchema, { error: typeError("an array of teams") })
        .min(1, "must contain at least one team")
        .max(maximumTeams, `must contain at most ${maximumTeams} teams`),
      options: z
        .array(optionSchema, { error: typeError("an array of options") })
        .min(1, "must contain at least one option")
        .max(maximumOptions, `must contain at most ${maximumOptions} options`),
      /** Option the report compares the others against by default. */
      baselineId: z.string({ error: typeError("a string") }).optional(),
    },
    { error: typeError("an object") },
  )
  .superRefine(checkOptionIds, {
    // Run even when other fields are invalid, so that every problem is listed at once.
    // The value may then be partial, and the check reads it defensively.
    when: () => true,
  });

function checkOptionIds(value: unknown, context: z.RefinementCtx) {
  if (typeof value !== "object" || value === null) {
    return;
  }

  const { options, baselineId } = value as { options?: unknown; baselineId?: unknown };
  const ids: string[] = [];
  if (Array.isArray(options)) {
    options.forEach((option: unknown, index) => {
      const id = typeof option === "object" && option !== null ? (option as { id?: unknown }).id : undefined;
      if (typeof id !== "string") {
        return;
      }

      const firstIndex = ids.indexOf(id);
      if (firstIndex !== -1) {
        context.addIssue({
          code: "custom",
          message: `duplicates the id of options[${firstIndex}]; option ids must be unique`,
          path: ["options", index, "id"],
        });
      }
      ids.push(id);
    });
  }

  if (typeof baselineId === "string" && !ids.includes(baselineId)) {
    context.addIssue({
      code: "custom",
      message: `must be the id of an option; "${baselineId}" is not one of ${ids.map((id) => `"${id}"`).join(", ") || "the option ids"}`,
      path: ["baselineId"],
    });
  }
}

/** Scenario as written, before defaults are applied. */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** Validated scenario with every default filled in; numeric fields may still be distributions. */
export type Scenario = z.output<typeof scenarioSchema>;
export type Team = Scenario["teams"][number];
export type ScenarioOption = Scenario["options"][number];
export type OptionKind = ScenarioOption["kind"];
export type ServingMode = (typeof servingModes)[number];
