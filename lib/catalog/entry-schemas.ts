import { z } from "zod";

import {
  optionalDate,
  optionalNumber,
  optionalPercent,
  optionalText,
  optionalUrl,
  requiredDate,
  requiredNumber,
  requiredPercent,
  requiredText,
  shareToPercentText,
} from "./form-fields";

/**
 * The forms of the catalog and team pages: which fields each kind of entry has, how a person
 * types them (percentages as 0 to 100, prices per 1M tokens) and the Zod schema that validates
 * them on the server. Shared by the form components, the server actions and the tests.
 */

export const ENTRY_KINDS = ["apiModel", "seatPlan", "gpuPrice", "profile", "team"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** Kinds whose rows are effective-dated: a price change closes one row and opens another. */
export const DATED_KINDS = ["apiModel", "seatPlan", "gpuPrice"] as const;
export type DatedKind = (typeof DATED_KINDS)[number];
export const isDatedKind = (kind: EntryKind): kind is DatedKind => (DATED_KINDS as readonly string[]).includes(kind);

export type FormMode = "create" | "change" | "correct";

export type InputType = "text" | "number" | "percent" | "date" | "url" | "textarea" | "select";

export interface FieldSpec {
  name: string;
  label: string;
  input: InputType;
  hint?: string;
  options?: readonly { value: string; label: string }[];
}

export const GPU_MARKETS = [
  { value: "onDemand", label: "On-demand" },
  { value: "reserved", label: "Reserved" },
  { value: "spot", label: "Spot" },
  { value: "owned", label: "Owned" },
] as const;

const SOURCE_FIELDS: FieldSpec[] = [
  { name: "sourceUrl", label: "Source URL", input: "url", hint: "Where the price was read." },
  { name: "checkedAt", label: "Date checked", input: "date", hint: "YYYY-MM-DD" },
  { name: "notes", label: "Notes", input: "textarea" },
];

const PRICE_PER_MTOK = { min: 0, max: 1_000_000, unit: "per 1M tokens" };

export const FIELD_SPECS: Record<EntryKind, FieldSpec[]> = {
  apiModel: [
    { name: "provider", label: "Provider", input: "text" },
    { name: "model", label: "Model", input: "text" },
    { name: "inputPricePerMTok", label: "Input price per 1M tokens", input: "number" },
    { name: "cachedInputPricePerMTok", label: "Cached-input price per 1M tokens", input: "number", hint: "Leave empty to bill cached input at the input price." },
    { name: "outputPricePerMTok", label: "Output price per 1M tokens", input: "number" },
    { name: "discount", label: "Negotiated discount (%)", input: "percent", hint: "0 for list price; less than 100." },
    ...SOURCE_FIELDS,
  ],
  seatPlan: [
    { name: "vendor", label: "Vendor", input: "text" },
    { name: "name", label: "Plan", input: "text" },
    { name: "pricePerSeatPerMonth", label: "Price per seat and month", input: "number" },
    { name: "minimumSeats", label: "Minimum seats", input: "number" },
    ...SOURCE_FIELDS,
  ],
  gpuPrice: [
    { name: "gpuModel", label: "GPU model", input: "text", hint: "With memory and form factor, e.g. H100 80 GB SXM (not the same as H100 NVL)." },
    { name: "memoryGb", label: "Memory per GPU (GB)", input: "number" },
    { name: "market", label: "Market", input: "select", options: GPU_MARKETS },
    { name: "provider", label: "Provider", input: "text", hint: "Cloud and instance type, or where owned hardware runs." },
    { name: "pricePerGpuHour", label: "Price per GPU-hour", input: "number", hint: "Rented GPUs only; leave empty for owned hardware." },
    { name: "purchasePrice", label: "Purchase price per GPU", input: "number", hint: "Owned hardware only." },
    { name: "amortizationYears", label: "Amortization (years)", input: "number", hint: "Owned hardware only." },
    { name: "powerKwPerGpu", label: "Power per GPU (kW)", input: "number", hint: "Owned hardware only, e.g. 0.4 for 400 W." },
    { name: "pue", label: "PUE", input: "number", hint: "Owned hardware only: data-center power usage effectiveness, 1 to 3." },
    { name: "electricityPricePerKwh", label: "Electricity price per kWh", input: "number", hint: "Owned hardware only." },
    ...SOURCE_FIELDS,
  ],
  profile: [
    { name: "name", label: "Name", input: "text" },
    { name: "baseModel", label: "Base model", input: "text" },
    { name: "parametersBillions", label: "Parameters (billions)", input: "number" },
    { name: "daptGpuHours", label: "DAPT GPU-hours", input: "number", hint: "Domain-adaptive pretraining." },
    { name: "sftGpuHours", label: "SFT GPU-hours", input: "number", hint: "Supervised fine-tuning." },
    { name: "gpusPerReplica", label: "GPUs per replica", input: "number" },
    { name: "throughputTokensPerSecond", label: "Throughput per replica (tokens/s)", input: "number" },
    { name: "accuracy", label: "Accepted answers (%)", input: "percent", hint: "Measured on your task mix; leave empty when unknown." },
    ...SOURCE_FIELDS,
  ],
  team: [
    { name: "name", label: "Team name", input: "text" },
    { name: "engineers", label: "Engineers", input: "number", hint: "Head count at the start of year 1." },
    { name: "adoption", label: "Adoption (%)", input: "percent", hint: "Share of the engineers who use the assistant." },
    { name: "queriesPerEngineerPerDay", label: "Requests per engineer and working day", input: "number" },
    { name: "inputTokensPerQuery", label: "Input tokens per request", input: "number", hint: "Prompt tokens, context included." },
    { name: "outputTokensPerQuery", label: "Output tokens per request", input: "number" },
    { name: "cachedInputShare", label: "Cached input (%)", input: "percent", hint: "Share of input tokens billed at the cached-input price." },
    { name: "annualHeadcountGrowth", label: "Yearly head-count growth (%)", input: "percent", hint: "10 means +10 % a year; -90 to 1,000." },
  ],
};

export const EFFECTIVE_FROM_FIELD: FieldSpec = {
  name: "effectiveFrom",
  label: "Effective from",
  input: "date",
  hint: "First day this price applies (YYYY-MM-DD).",
};

const sourceShape = { sourceUrl: optionalUrl, checkedAt: optionalDate, notes: optionalText(2000) };

const gpuShape = {
  gpuModel: requiredText(80),
  memoryGb: requiredNumber({ min: 1, max: 2048, unit: "GB", integer: true }),
  market: z.enum(["onDemand", "reserved", "spot", "owned"], { error: "Pick a market." }),
  provider: optionalText(120),
  pricePerGpuHour: optionalNumber({ min: 0, max: 10_000, unit: "per GPU-hour" }),
  purchasePrice: optionalNumber({ min: 0, max: 10_000_000, unit: "per GPU" }),
  amortizationYears: optionalNumber({ min: 0, max: 30, unit: "years", exclusiveMin: true }),
  powerKwPerGpu: optionalNumber({ min: 0, max: 10, unit: "kW" }),
  pue: optionalNumber({ min: 1, max: 3, unit: "" }),
  electricityPricePerKwh: optionalNumber({ min: 0, max: 10, unit: "per kWh" }),
  ...sourceShape,
};

const OWNED_FIELDS = ["purchasePrice", "amortizationYears", "powerKwPerGpu", "pue", "electricityPricePerKwh"] as const;

export const ENTRY_SCHEMAS = {
  apiModel: z.object({
    provider: requiredText(80),
    model: requiredText(120),
    inputPricePerMTok: requiredNumber(PRICE_PER_MTOK),
    cachedInputPricePerMTok: optionalNumber(PRICE_PER_MTOK),
    outputPricePerMTok: requiredNumber(PRICE_PER_MTOK),
    discount: requiredPercent({ min: 0, max: 100, exclusiveMax: true }),
    ...sourceShape,
  }),
  seatPlan: z.object({
    vendor: requiredText(80),
    name: requiredText(120),
    pricePerSeatPerMonth: requiredNumber({ min: 0, max: 100_000, unit: "per seat and month" }),
    minimumSeats: requiredNumber({ min: 0, max: 10_000_000, unit: "seats", integer: true }),
    ...sourceShape,
  }),
  gpuPrice: z.object(gpuShape),
  profile: z.object({
    name: requiredText(120),
    baseModel: requiredText(120),
    parametersBillions: requiredNumber({ min: 0, max: 100_000, unit: "billion parameters", exclusiveMin: true }),
    daptGpuHours: requiredNumber({ min: 0, max: 1_000_000_000, unit: "GPU-hours" }),
    sftGpuHours: requiredNumber({ min: 0, max: 1_000_000_000, unit: "GPU-hours" }),
    gpusPerReplica: requiredNumber({ min: 1, max: 4096, unit: "GPUs", integer: true }),
    throughputTokensPerSecond: requiredNumber({ min: 0, max: 1_000_000_000, unit: "tokens/s", exclusiveMin: true }),
    accuracy: optionalPercent({ min: 0, max: 100 }),
    ...sourceShape,
  }),
  // Ranges of the cost model's team fields.
  team: z.object({
    name: requiredText(80),
    engineers: requiredNumber({ min: 0, max: 10_000_000, unit: "engineers", integer: true }),
    adoption: requiredPercent({ min: 0, max: 100 }),
    queriesPerEngineerPerDay: requiredNumber({ min: 0, max: 100_000, unit: "requests a day" }),
    inputTokensPerQuery: requiredNumber({ min: 0, max: 10_000_000, unit: "tokens" }),
    outputTokensPerQuery: requiredNumber({ min: 0, max: 1_000_000, unit: "tokens" }),
    cachedInputShare: requiredPercent({ min: 0, max: 100 }),
    annualHeadcountGrowth: requiredPercent({ min: -90, max: 1000 }),
  }),
} satisfies Record<EntryKind, z.ZodType>;

export type EntryValues<Kind extends EntryKind> = z.output<(typeof ENTRY_SCHEMAS)[Kind]>;
export type AnyEntryValues = Record<string, string | number | null>;

export type FieldErrors = Record<string, string>;

export type ParsedEntryForm =
  | { ok: true; values: AnyEntryValues; effectiveFrom: string | null }
  | { ok: false; fieldErrors: FieldErrors };

/**
 * Rules across fields, checked on the raw strings so that they are reported together with
 * every single-field error: a rented GPU has an hourly price, owned hardware has the fields
 * its hourly cost is derived from and no hourly price.
 */
function crossFieldErrors(kind: EntryKind, raw: Record<string, string>): FieldErrors {
  if (kind !== "gpuPrice") return {};

  const errors: FieldErrors = {};
  const isEmpty = (name: string) => (raw[name] ?? "").trim() === "";
  if (raw.market === "owned") {
    if (!isEmpty("pricePerGpuHour")) errors.pricePerGpuHour = "Leave empty for owned hardware; the hourly cost is derived from the fields below.";
    for (const field of OWNED_FIELDS) {
      if (isEmpty(field)) errors[field] = "Required for owned hardware.";
    }
  } else if (isEmpty("pricePerGpuHour")) {
    errors.pricePerGpuHour = "Enter the price per GPU-hour of a rented GPU.";
  }

  return errors;
}

/** Lists the fields a form shows: the kind's fields plus "effective from" when a dated price starts. */
export function fieldsFor(kind: EntryKind, mode: FormMode): FieldSpec[] {
  const withDate = isDatedKind(kind) && mode !== "correct";

  return withDate ? [...FIELD_SPECS[kind], EFFECTIVE_FROM_FIELD] : FIELD_SPECS[kind];
}

/**
 * Validates the raw form strings of one entry. Returns the stored values (numbers, shares,
 * ISO dates, null for empty optional fields) or the first message of each invalid field.
 */
export function parseEntryForm(kind: EntryKind, mode: FormMode, raw: Record<string, string>): ParsedEntryForm {
  const fieldErrors: FieldErrors = crossFieldErrors(kind, raw);
  const parsed = ENTRY_SCHEMAS[kind].safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "form");
      fieldErrors[field] ??= issue.message;
    }
  }

  let effectiveFrom: string | null = null;
  if (isDatedKind(kind) && mode !== "correct") {
    const date = requiredDate.safeParse(raw.effectiveFrom ?? "");
    if (date.success) effectiveFrom = date.data;
    else fieldErrors.effectiveFrom = date.error.issues[0].message;
  }

  if (!parsed.success || Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };

  return { ok: true, values: parsed.data as AnyEntryValues, effectiveFrom };
}

/** Reads the fields of `kind` out of submitted form data as strings. */
export function readEntryForm(kind: EntryKind, mode: FormMode, formData: FormData): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const field of fieldsFor(kind, mode)) raw[field.name] = String(formData.get(field.name) ?? "");

  return raw;
}

/** Turns stored values back into the strings a form shows (shares as percentages). */
export function toFormStrings(kind: EntryKind, values: Record<string, unknown>): Record<string, string> {
  const strings: Record<string, string> = {};
  for (const field of FIELD_SPECS[kind]) {
    const value = values[field.name];
    if (field.input === "percent") strings[field.name] = shareToPercentText(typeof value === "number" ? value : null);
    else strings[field.name] = value === null || value === undefined ? "" : String(value);
  }

  return strings;
}

/** Empty form strings for a new entry, with the defaults a person would usually keep. */
export function emptyFormStrings(kind: EntryKind, today: string): Record<string, string> {
  const strings: Record<string, string> = {};
  for (const field of fieldsFor(kind, "create")) strings[field.name] = "";
  if (isDatedKind(kind)) strings.effectiveFrom = today;
  if (kind === "apiModel") strings.discount = "0";
  if (kind === "seatPlan") strings.minimumSeats = "0";
  if (kind === "gpuPrice") strings.market = "onDemand";
  if (kind === "team") Object.assign(strings, { adoption: "100", queriesPerEngineerPerDay: "20", inputTokensPerQuery: "1000", outputTokensPerQuery: "500", cachedInputShare: "0", annualHeadcountGrowth: "0" });

  return strings;
}

/** The URL segment of each catalog section. */
export const KIND_SEGMENTS: Record<Exclude<EntryKind, "team">, string> = {
  apiModel: "api-models",
  seatPlan: "seat-plans",
  gpuPrice: "gpu-prices",
  profile: "profiles",
};

export function kindFromSegment(segment: string): Exclude<EntryKind, "team"> | null {
  const match = Object.entries(KIND_SEGMENTS).find(([, value]) => value === segment);

  return match ? (match[0] as Exclude<EntryKind, "team">) : null;
}

export const KIND_LABELS: Record<EntryKind, { singular: string; plural: string }> = {
  apiModel: { singular: "API model price", plural: "API model prices" },
  seatPlan: { singular: "seat plan", plural: "Seat plans" },
  gpuPrice: { singular: "GPU price", plural: "GPU prices" },
  profile: { singular: "self-hosted model profile", plural: "Self-hosted model profiles" },
  team: { singular: "team", plural: "Teams" },
};
