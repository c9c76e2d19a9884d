import { z } from "zod";

/**
 * The editor's scenario document, stored with each revision. It names catalog entries and
 * teams by key or id and carries per-scenario overrides of any cost-model field; the resolver
 * turns it into the cost model's scenario document with the catalog values in force on
 * `pricesAsOf`. Unknown keys are rejected so that a misspelt override is not silently ignored.
 */
const isoDate = z.iso.date({ error: "must be a date written YYYY-MM-DD" });

const overrideValue = z.union([z.number(), z.string(), z.boolean(), z.record(z.string(), z.union([z.number(), z.string()]))]);

export const optionSourceSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("apiModel"), key: z.string().min(1) }),
  z.strictObject({ type: z.literal("seatPlan"), key: z.string().min(1) }),
  z.strictObject({
    type: z.literal("selfHosted"),
    profileKey: z.string().min(1),
    trainingGpuKey: z.string().min(1),
    servingGpuKey: z.string().min(1),
  }),
  z.strictObject({ type: z.literal("custom"), kind: z.enum(["api", "seat", "selfHosted"]) }),
]);

export const scenarioInputsSchema = z.strictObject({
  horizon: z
    .strictObject({
      years: z.int().min(1).max(10).default(3),
      workingDaysPerYear: z.number().min(1).max(366).default(250),
    })
    .prefault({}),
  /** Prices in force on this date; null means the date of each save. */
  pricesAsOf: isoDate.nullable().default(null),
  /** Multiplies every team's head count. */
  scale: z.number().positive().max(10_000).default(1),
  teams: z
    .array(
      z.strictObject({
        teamId: z.string().min(1),
        overrides: z.record(z.string(), overrideValue).default({}),
      }),
    )
    .min(1, "pick at least one team"),
  options: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "use lowercase letters, digits and dashes (at most 40)"),
        name: z.string().trim().min(1).max(80).optional(),
        source: optionSourceSchema,
        overrides: z.record(z.string(), overrideValue).default({}),
      }),
    )
    .min(1, "add at least one option"),
  baselineId: z.string().optional(),
});

export type ScenarioInputs = z.output<typeof scenarioInputsSchema>;
export type ScenarioInputsInput = z.input<typeof scenarioInputsSchema>;
export type OptionSource = z.output<typeof optionSourceSchema>;
