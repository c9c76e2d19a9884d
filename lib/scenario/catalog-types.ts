/**
 * Plain-value views of the catalog rows the resolver reads. Money is a number here (converted
 * from the database's Decimal on the server); dates are ISO dates `YYYY-MM-DD`. `effectiveTo`
 * is exclusive and null while a row is in force.
 */
export interface DatedRow {
  id: string;
  key: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  retiredAt: string | null;
  sourceUrl: string | null;
  checkedAt: string | null;
  verified: boolean;
}

export interface ApiModelRow extends DatedRow {
  provider: string;
  model: string;
  inputPricePerMTok: number;
  cachedInputPricePerMTok: number | null;
  outputPricePerMTok: number;
  discount: number;
}

export interface SeatPlanRow extends DatedRow {
  vendor: string;
  name: string;
  pricePerSeatPerMonth: number;
  minimumSeats: number;
}

export type GpuMarket = "onDemand" | "reserved" | "spot" | "owned";

export interface GpuPriceRow extends DatedRow {
  gpuModel: string;
  memoryGb: number;
  market: GpuMarket;
  provider: string | null;
  pricePerGpuHour: number | null;
  purchasePrice: number | null;
  amortizationYears: number | null;
  powerKwPerGpu: number | null;
  pue: number | null;
  electricityPricePerKwh: number | null;
}

export interface SelfHostedProfileRow {
  id: string;
  key: string;
  name: string;
  baseModel: string;
  parametersBillions: number;
  daptGpuHours: number;
  sftGpuHours: number;
  gpusPerReplica: number;
  throughputTokensPerSecond: number;
  accuracy: number | null;
  sourceUrl: string | null;
  checkedAt: string | null;
  retiredAt: string | null;
}

export interface TeamRow {
  id: string;
  name: string;
  engineers: number;
  adoption: number;
  queriesPerEngineerPerDay: number;
  inputTokensPerQuery: number;
  outputTokensPerQuery: number;
  cachedInputShare: number;
  annualHeadcountGrowth: number;
  retiredAt: string | null;
}

export interface CatalogSnapshot {
  apiModels: ApiModelRow[];
  seatPlans: SeatPlanRow[];
  gpuPrices: GpuPriceRow[];
  profiles: SelfHostedProfileRow[];
  teams: TeamRow[];
}

/** Hours in a calendar year, the basis of owned hardware's hourly cost. */
const HOURS_PER_YEAR = 8760;

/**
 * Returns the cost of one GPU-hour: the rental price, or for owned hardware straight-line
 * amortization over every hour of the year plus electricity (`powerKwPerGpu · pue · price per kWh`).
 * Returns null when an owned row lacks a field it needs.
 */
export function gpuHourlyCost(row: GpuPriceRow): number | null {
  if (row.market !== "owned") return row.pricePerGpuHour;

  const { purchasePrice, amortizationYears, powerKwPerGpu, pue, electricityPricePerKwh } = row;
  if (purchasePrice === null || !amortizationYears || powerKwPerGpu === null || pue === null || electricityPricePerKwh === null) {
    return null;
  }

  return purchasePrice / (amortizationYears * HOURS_PER_YEAR) + powerKwPerGpu * pue * electricityPricePerKwh;
}

/** Returns the row of `key` in force on `asOf` (inclusive start, exclusive end), ignoring retired rows. */
export function findRowInForce<Row extends DatedRow>(rows: readonly Row[], key: string, asOf: string): Row | undefined {
  return rows.find(
    (row) => row.key === key && row.retiredAt === null && row.effectiveFrom <= asOf && (row.effectiveTo === null || asOf < row.effectiveTo),
  );
}
