/** One row of the yearly breakdown table: an option's costs in one year, or its total over the horizon. */
export interface YearlyBreakdownRow {
  optionId: string;
  name: string;
  /** Year 1..N, or "total" for the sum over the horizon. */
  year: number | "total";
  training: number;
  usage: number;
  operations: number;
  fixed: number;
  total: number;
}

interface YearCostInput {
  year: number;
  training: number;
  usage: number;
  operations: number;
  fixed: number;
  total: number;
}

const COST_KEYS = ["training", "usage", "operations", "fixed", "total"] as const;

export function buildYearlyBreakdownRows(options: readonly { id: string; name: string; years: readonly YearCostInput[] }[]): YearlyBreakdownRow[] {
  return options.flatMap((option) => {
    const rows: YearlyBreakdownRow[] = option.years.map((year) => ({ optionId: option.id, name: option.name, ...year }));
    const sum = { optionId: option.id, name: option.name, year: "total" as const, training: 0, usage: 0, operations: 0, fixed: 0, total: 0 };
    for (const row of rows) for (const key of COST_KEYS) sum[key] += row[key];

    return [...rows, sum];
  });
}
