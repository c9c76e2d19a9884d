/**
 * Display helpers shared by the CLI and the app. Results are full float64 numbers; these
 * round only for display. A null figure (a ratio whose denominator is 0) shows as "n/a".
 */

export const notAvailable = "n/a";

const formatters = new Map<string, Intl.NumberFormat>();

/** Caches formatters, because constructing an Intl.NumberFormat costs far more than using one. */
function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (cached === undefined) {
    cached = new Intl.NumberFormat(locale, options);
    formatters.set(key, cached);
  }

  return cached;
}

/** Formats money to the cent: 262500 as "$262,500.00". */
export function formatCurrency(value: number | null, currency = "USD", locale = "en-US"): string {
  if (value === null) {
    return notAvailable;
  }

  return formatter(locale, { style: "currency", currency, minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/**
 * Formats a small unit cost (per query, per answer) with three significant digits below
 * 1, where cents would hide the difference: 0.0525 as "$0.0525", 0.00257 as "$0.00257".
 */
export function formatUnitCost(value: number | null, currency = "USD", locale = "en-US"): string {
  if (value === null) {
    return notAvailable;
  }

  if (Math.abs(value) >= 1 || value === 0) {
    return formatCurrency(value, currency, locale);
  }

  return formatter(locale, { style: "currency", currency, maximumSignificantDigits: 3 }).format(value);
}

/** Formats a share as a percentage with a space before the sign: 0.951 as "95.1 %". */
export function formatPercent(value: number | null, fractionDigits = 1, locale = "en-US"): string {
  if (value === null) {
    return notAvailable;
  }

  const options = { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };

  return `${formatter(locale, options).format(value * 100)} %`;
}

/** Formats a count with grouping: 1000 as "1,000". */
export function formatNumber(value: number | null, maximumFractionDigits = 0, locale = "en-US"): string {
  if (value === null) {
    return notAvailable;
  }

  return formatter(locale, { maximumFractionDigits }).format(value);
}

/** Formats a payback month: 0 as "immediately", 14 as "month 14". */
export function formatPaybackMonth(month: number | null): string {
  if (month === null) {
    return "never";
  }

  return month === 0 ? "immediately" : `month ${month}`;
}
