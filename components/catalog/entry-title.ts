import type { EntryKind } from "@/lib/catalog/entry-schemas";

/** Returns the human name of a catalog entry or team row, for headings and links. */
export function entryTitle(kind: EntryKind, row: Record<string, unknown>): string {
  if (kind === "apiModel") return `${row.provider} ${row.model}`;
  if (kind === "seatPlan") return `${row.vendor} ${row.name}`;
  if (kind === "gpuPrice") return `${row.gpuModel} (${row.market}${row.provider ? `, ${row.provider}` : ""})`;

  return String(row.name);
}
