/** Display formatting shared by pages and exports. Rounding happens here and nowhere earlier. */

// Building an Intl.NumberFormat costs far more than formatting with one, and a report formats
// hundreds of figures, so formatters are kept per set of options.
const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat("en-US", options);
    formatters.set(key, formatter);
  }

  return formatter;
}

export function formatMoney(value: number | null, currency: string, fractionDigits = 2): string {
  if (value === null) return "n/a";

  return formatterFor({ style: "currency", currency, minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(value);
}

/** Short money labels for chart axes ("$250K"); tables show the exact figures. */
export function formatCompactMoney(value: number, currency: string): string {
  // A currency's own minimum of 2 digits would turn "$1K" into "$1.0K".
  return formatterFor({ style: "currency", currency, notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 }).format(value);
}

/** Short counts for chart axes ("10K"). */
export function formatCompactNumber(value: number): string {
  return formatterFor({ notation: "compact", maximumFractionDigits: 1 }).format(value);
}

/** Formats a share (0.951) as a percentage with one decimal ("95.1 %"). */
export function formatPercent(value: number | null, fractionDigits = 1): string {
  if (value === null) return "n/a";

  return `${(value * 100).toFixed(fractionDigits)} %`;
}

export function formatNumber(value: number | null, fractionDigits = 0): string {
  if (value === null) return "n/a";

  return formatterFor({ maximumFractionDigits: fractionDigits }).format(value);
}

/** Formats a unit price (per 1M tokens, per GPU-hour) with 2 to 6 decimals, so 0.075 stays 0.075. */
export function formatUnitPrice(value: number | null, currency: string): string {
  if (value === null) return "n/a";

  return new Intl.NumberFormat("en-US", { style: "currency", currency, minimumFractionDigits: 2, maximumFractionDigits: 6 }).format(value);
}
