/**
 * The cost-model fields a scenario may override, per team and per option kind, with the
 * defaults the cost model applies when neither the catalog nor an override sets them.
 */
export type FieldType = "number" | "servingMode" | "boolean";

export interface FieldSpec {
  name: string;
  label: string;
  type: FieldType;
  /** The cost model's default; undefined when the field comes from the catalog or must be set. */
  defaultValue?: number | string | boolean;
  /** Whether the field may carry a range (a distribution) instead of one number. */
  uncertain: boolean;
  /** What the cost model uses when neither the catalog nor the scenario sets the field. */
  unsetMeaning?: string;
  /**
   * True for a share that people type in percent (25 for 0.25), as in the Teams and catalog forms.
   * The stored override and the cost model keep the share; the editor converts at its boundary.
   */
  percent?: boolean;
}

const number = (name: string, label: string, defaultValue?: number, uncertain = true): FieldSpec => ({
  name,
  label,
  type: "number",
  defaultValue,
  uncertain,
});

const percent = (name: string, label: string, defaultValue?: number): FieldSpec => ({ ...number(name, label, defaultValue), percent: true });

// The resolver multiplies a team's head count by the scale factor, so it must stay one number.
export const TEAM_FIELDS: readonly FieldSpec[] = [
  number("engineers", "Engineers", undefined, false),
  percent("adoption", "Adoption (%)"),
  number("queriesPerEngineerPerDay", "Requests per engineer per day"),
  number("inputTokensPerQuery", "Input tokens per request"),
  number("outputTokensPerQuery", "Output tokens per request"),
  percent("cachedInputShare", "Cached input (%)"),
  percent("annualHeadcountGrowth", "Yearly head-count growth (%)"),
];

const COMMON_OPTION_FIELDS: readonly FieldSpec[] = [
  percent("accuracy", "Accepted answers (%)", 1),
  number("fixedCostPerYear", "Fixed cost per year", 0),
];

export const OPTION_FIELDS: Readonly<Record<"api" | "seat" | "selfHosted", readonly FieldSpec[]>> = {
  api: [
    number("inputPricePerMTok", "Input price per 1M tokens"),
    { ...number("cachedInputPricePerMTok", "Cached input price per 1M tokens"), unsetMeaning: "same as input price" },
    number("outputPricePerMTok", "Output price per 1M tokens"),
    percent("discount", "Discount off list (%)", 0),
    percent("annualPriceChange", "Yearly price change (%, -30 = 30 % cheaper)", 0),
    ...COMMON_OPTION_FIELDS,
  ],
  seat: [
    number("pricePerSeatPerMonth", "Price per seat and month"),
    number("minimumSeats", "Minimum seats", 0),
    percent("annualPriceChange", "Yearly price change (%, -30 = 30 % cheaper)", 0),
    ...COMMON_OPTION_FIELDS,
  ],
  selfHosted: [
    { name: "servingMode", label: "Serving mode", type: "servingMode", uncertain: false },
    percent("utilization", "Utilization (%)"),
    number("peakHoursPerDay", "Peak hours per day (dedicated)", 8),
    number("minReplicas", "Minimum replicas (dedicated)", 1),
    { name: "alwaysOn", label: "Replicas always on (dedicated)", type: "boolean", defaultValue: true, uncertain: false },
    number("overheadMultiplier", "Overhead multiplier (1 or more)", 1),
    number("opsFte", "Operations staff (FTE)", 0),
    { ...number("costPerFtePerYear", "Cost per FTE and year"), unsetMeaning: "0 without operations staff; required when there are some" },
    number("retrainingsPerYear", "Retrainings per year", 0),
    number("dataPreparationCost", "Data preparation cost", 0),
    number("daptGpuHours", "DAPT GPU-hours"),
    number("sftGpuHours", "SFT GPU-hours"),
    number("trainingGpuHourPrice", "Training GPU-hour price"),
    number("gpusPerReplica", "GPUs per replica"),
    number("servingGpuHourPrice", "Serving GPU-hour price"),
    number("throughputTokensPerSecond", "Throughput per replica (tokens/s)"),
    ...COMMON_OPTION_FIELDS,
  ],
};

/** Names of the fields the editor shows in percent. */
export const PERCENT_FIELDS: ReadonlySet<string> = new Set([...TEAM_FIELDS, ...Object.values(OPTION_FIELDS).flat()].filter((field) => field.percent).map((field) => field.name));

// toPrecision drops float noise: 0.07 * 100 is 7.000000000000001 in float64.
const clean = (value: number) => Number(value.toPrecision(12));

/** Converts a stored share to the percentage the editor shows (0.25 → 25). */
export const shareToPercent = (share: number) => clean(share * 100);

/** Converts a typed percentage to the stored share (25 → 0.25). */
export const percentToShare = (value: number) => clean(value / 100);
