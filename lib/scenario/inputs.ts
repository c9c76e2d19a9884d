import { z } from "zod";

/**
 * The editor's scenario document, stored with each revision. It names catalog entries and
 * teams by key or id and carries per-scenario overrides of any cost-model field; the resolver
 * turns it into the cost model's scenario document with the catalog values in force on
 * `pricesAsOf`. Unknown keys are rejected so that a misspelt override is not silently ignored.
 */
// Each field has one message for every way it can be wrong (type, range, format), naming the field and the fix.
const MESSAGES = {
  years: "Years must be a whole number from 1 to 10.",
  workingDaysPerYear: "Working days per year must be a number from 1 to 366.",
  pricesAsOf: "Prices as of must be a date written YYYY-MM-DD, or empty for the date of each save.",
  scale: "Scale all teams by must be a number above 0 and at most 10,000.",
  teams: "Pick at least one team.",
  teamId: "Each team row must name a team: pick one from the list.",
  overrides: "An override must be a number, a range, a serving mode or true/false; clear the field to use the catalog value.",
  options: "Add at least one option.",
  optionId: "An option id must be 1 to 40 lowercase letters, digits and dashes, starting with a letter or digit.",
  optionName: "An option name must be 1 to 80 characters; leave it empty to use the catalog entry's name.",
  source: "Each option must name its catalog entry: pick an API model, seat plan or self-hosted profile, or a custom kind.",
  sourceKey: "Pick a catalog entry for this option.",
  kind: "A custom option's kind must be api, seat or selfHosted.",
  baselineId: "The baseline must be one of the scenario's options, or none.",
  notAnObject: "This part of the scenario must be an object; reload the editor to start from the saved version.",
} as const;

const isoDate = z.iso.date({ error: MESSAGES.pricesAsOf });
const sourceKey = z.string({ error: MESSAGES.sourceKey }).min(1, MESSAGES.sourceKey);
const strict = {
  error: (issue: { code?: string; keys?: string[] }) =>
    issue.code === "unrecognized_keys" ? `Unknown field ${(issue.keys ?? []).map((key) => `"${key}"`).join(", ")}: a scenario has no such field, so remove it.` : MESSAGES.notAnObject,
};

const overrideValue = z.union([z.number(), z.string(), z.boolean(), z.record(z.string(), z.union([z.number(), z.string()]))], { error: MESSAGES.overrides });
const overrides = z.record(z.string(), overrideValue, { error: MESSAGES.overrides }).default({});

export const optionSourceSchema = z.discriminatedUnion(
  "type",
  [
    z.strictObject({ type: z.literal("apiModel"), key: sourceKey }, strict),
    z.strictObject({ type: z.literal("seatPlan"), key: sourceKey }, strict),
    z.strictObject(
      {
        type: z.literal("selfHosted"),
        profileKey: sourceKey,
        trainingGpuKey: sourceKey,
        servingGpuKey: sourceKey,
      },
      strict,
    ),
    z.strictObject({ type: z.literal("custom"), kind: z.enum(["api", "seat", "selfHosted"], { error: MESSAGES.kind }) }, strict),
  ],
  { error: MESSAGES.source },
);

export const scenarioInputsSchema = z.strictObject(
  {
    horizon: z
      .strictObject(
        {
          years: z.int({ error: MESSAGES.years }).min(1, MESSAGES.years).max(10, MESSAGES.years).default(3),
          workingDaysPerYear: z.number({ error: MESSAGES.workingDaysPerYear }).min(1, MESSAGES.workingDaysPerYear).max(366, MESSAGES.workingDaysPerYear).default(250),
        },
        strict,
      )
      .prefault({}),
    /** Prices in force on this date; null means the date of each save. */
    pricesAsOf: isoDate.nullable().default(null),
    /** Multiplies every team's head count. */
    scale: z.number({ error: MESSAGES.scale }).positive(MESSAGES.scale).max(10_000, MESSAGES.scale).default(1),
    teams: z
      .array(
        z.strictObject(
          {
            teamId: z.string({ error: MESSAGES.teamId }).min(1, MESSAGES.teamId),
            overrides,
          },
          strict,
        ),
        { error: MESSAGES.teams },
      )
      .min(1, MESSAGES.teams),
    options: z
      .array(
        z.strictObject(
          {
            id: z.string({ error: MESSAGES.optionId }).regex(/^[a-z0-9][a-z0-9-]{0,39}$/, MESSAGES.optionId),
            name: z.string({ error: MESSAGES.optionName }).trim().min(1, MESSAGES.optionName).max(80, MESSAGES.optionName).optional(),
            source: optionSourceSchema,
            overrides,
          },
          strict,
        ),
        { error: MESSAGES.options },
      )
      .min(1, MESSAGES.options),
    baselineId: z.string({ error: MESSAGES.baselineId }).optional(),
  },
  strict,
);

/** The message of each field of the inputs document, for tests and for the editor's own checks. */
export const INPUT_MESSAGES = MESSAGES;

export type ScenarioInputs = z.output<typeof scenarioInputsSchema>;
export type ScenarioInputsInput = z.input<typeof scenarioInputsSchema>;
export type OptionSource = z.output<typeof optionSourceSchema>;
