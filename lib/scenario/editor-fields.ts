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
}

const number = (name: string, label: string, defaultValue?: number, uncertain = true): FieldSpec => ({
  name,
  label,
  type: "number",
  defaultValue,
  uncertain,
});

// The resolver multiplies a team's head count by the scale factor, so it must stay one number.
export const TEAM_FIELDS: readonly FieldSpec[] = [
  number("engineers", "Engineers", undefined, false),
  number("adoption", "Adoption (share of engineers, 0 to 1)"),
  number("queriesPerEngineerPerDay", "Requests per engineer per day"),
  number("inputTokensPerQuery", "Input tokens per request"),
  number("outputTokensPerQuery", "Output tokens per request"),
  number("cachedInputShare", "Cached input share (0 to 1)"),
  number("annualHeadcountGrowth", "Yearly head-count growth (0.1 = 10 %)"),
];

const COMMON_OPTION_FIELDS: readonly FieldSpec[] = [
  number("accuracy", "Accuracy (share of answers accepted)", 1),
  number("fixedCostPerYear", "Fixed cost per year", 0),
];

export const OPTION_FIELDS: Readonly<Record<"api" | "seat" | "selfHosted", readonly FieldSpec[]>> = {
  api: [
    number("inputPricePerMTok", "Input price per 1M tokens"),
    { ...number("cachedInputPricePerMTok", "Cached input price per 1M tokens"), unsetMeaning: "same as input price" },
    number("outputPricePerMTok", "Output price per 1M tokens"),
    number("discount", "Discount (share off list, 0 to 1)", 0),
    number("annualPriceChange", "Yearly price change (-0.3 = 30 % cheaper)", 0),
    ...COMMON_OPTION_FIELDS,
  ],
  seat: [
    number("pricePerSeatPerMonth", "Price per seat and month"),
    number("minimumSeats", "Minimum seats", 0),
    number("annualPriceChange", "Yearly price change (-0.3 = 30 % cheaper)", 0),
    ...COMMON_OPTION_FIELDS,
  ],
  selfHosted: [
    { name: "servingMode", label: "Serving mode", type: "servingMode", uncertain: false },
    number("utilization", "Utilization (0 to 1)"),
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
