/**
 * Cost-model fields that are unit prices: negotiated per-token, per-seat and per-GPU-hour
 * prices and discounts. A share link may hide them; totals and savings stay visible.
 */
export const UNIT_PRICE_FIELDS = [
  "inputPricePerMTok",
  "cachedInputPricePerMTok",
  "outputPricePerMTok",
  "discount",
  "pricePerSeatPerMonth",
  "trainingGpuHourPrice",
  "servingGpuHourPrice",
] as const;

/** True when a field name or an input path such as `options[1].outputPricePerMTok` ends in a unit price. */
export function isUnitPriceField(fieldOrPath: string): boolean {
  const field = fieldOrPath.split(".").pop() ?? fieldOrPath;

  return (UNIT_PRICE_FIELDS as readonly string[]).includes(field.replace(/\[\d+\]$/, ""));
}
