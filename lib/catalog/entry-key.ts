import type { EntryKind } from "./entry-schemas";

/** Lowercase ASCII letters, digits and dashes, at most 60 characters. */
function slugPart(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);

  return slug || "entry";
}

/**
 * Derives the stable key of a catalog entry from the fields that name it, so that a second
 * entry for the same provider and model is recognized, e.g. "anthropic/claude-3-opus".
 */
export function deriveKey(kind: Exclude<EntryKind, "team">, values: Record<string, unknown>): string {
  const text = (name: string) => slugPart(String(values[name] ?? ""));
  if (kind === "apiModel") return `${text("provider")}/${text("model")}`;
  if (kind === "seatPlan") return `${text("vendor")}/${text("name")}`;
  if (kind === "gpuPrice") return `${values.provider ? text("provider") : "gpu"}/${text("gpuModel")}-${text("market")}`;

  return text("name");
}
