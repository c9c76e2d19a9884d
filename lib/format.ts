/** Display formatting shared by pages and exports. Rounding happens here and nowhere earlier. */

export function formatMoney(value: number | null, currency: string, fractionDigits = 2): string {
  if (value === null) return "n/a";

  return new Intl.NumberFormat("en-US", {
    style: "currency",
    currency,
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** Formats a share (0.951) as a percentage with one decimal ("95.1 %"). */
export function formatPercent(value: number | null, fractionDigits = 1): string {
  if (value === null) return "n/a";

  return `${(value * 100).toFixed(fractionDigits)} %`;
}

export function formatNumber(value: number | null, fractionDigits = 0): string {
  if (value === null) return "n/a";

  return new Intl.NumberFormat("en-US", { maximumFractionDigits: fractionDigits }).format(value);
}

/** Formats a unit price (per 1M tokens, per GPU-hour) with 2 to 6 decimals, so 0.075 stays 0.075. */
export function formatUnitPrice(value: number | null, currency: string): string {
  if (value === null) return "n/a";

  return new Intl.NumberFormat("en-US", { style: "currency", currency, minimumFractionDigits: 2, maximumFractionDigits: 6 }).format(value);
}
