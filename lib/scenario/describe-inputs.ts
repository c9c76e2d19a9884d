import type { CatalogSnapshot } from "./catalog-types";
import { parsePath, type JsonValue } from "./diff";
import { OPTION_FIELDS, PERCENT_FIELDS, shareToPercent, TEAM_FIELDS } from "./editor-fields";

/**
 * Readable labels and values for paths of the editor's inputs document, for pages that compare
 * documents: option and team names instead of indexes, catalog entry names instead of keys, and
 * the editor's field labels and units instead of field names.
 */

const TOP_LEVEL_LABELS: Record<string, string> = {
  horizon: "Horizon",
  "horizon.years": "Years",
  "horizon.workingDaysPerYear": "Working days per year",
  scale: "Scale all teams by",
  pricesAsOf: "Prices as of",
  baselineId: "Baseline option",
  teams: "Teams",
  options: "Options",
};

const SOURCE_LABELS: Record<string, string> = {
  type: "Source type",
  key: "Catalog entry",
  profileKey: "Self-hosted profile",
  trainingGpuKey: "Training GPU",
  servingGpuKey: "Serving GPU",
  kind: "Custom kind",
};

const FIELD_LABELS = new Map([...TEAM_FIELDS, ...Object.values(OPTION_FIELDS).flat()].map((field) => [field.name, field.label]));

type Documents = readonly unknown[];

const asRecord = (value: unknown): Record<string, unknown> | null => (value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null);

function itemAt(document: unknown, list: "teams" | "options", index: number): Record<string, unknown> | null {
  const items = asRecord(document)?.[list];

  return Array.isArray(items) ? asRecord(items[index]) : null;
}

/** Names a catalog entry by its key, or returns the key itself when the catalog has no such entry. */
export function catalogEntryName(catalog: CatalogSnapshot, field: string, key: string): string {
  if (field === "profileKey") return catalog.profiles.find((row) => row.key === key)?.name ?? key;
  if (field === "trainingGpuKey" || field === "servingGpuKey") {
    const gpu = catalog.gpuPrices.find((row) => row.key === key);

    return gpu ? `${gpu.gpuModel} ${gpu.memoryGb} GB, ${gpu.provider} (${gpu.market})` : key;
  }
  const model = catalog.apiModels.find((row) => row.key === key);
  if (model) return `${model.provider} ${model.model}`;
  const plan = catalog.seatPlans.find((row) => row.key === key);

  return plan ? `${plan.vendor} ${plan.name}` : key;
}

/** The name an option shows: its own name, else its catalog entry's name, else its id. */
function optionName(option: Record<string, unknown>, catalog: CatalogSnapshot): string {
  if (typeof option.name === "string" && option.name) return option.name;
  const source = asRecord(option.source);
  if (source && typeof source.key === "string") return catalogEntryName(catalog, "key", source.key);
  if (source && typeof source.profileKey === "string") return catalogEntryName(catalog, "profileKey", source.profileKey);

  return typeof option.id === "string" ? option.id : "unnamed option";
}

function teamName(team: Record<string, unknown>, catalog: CatalogSnapshot): string {
  const id = team.teamId;

  return typeof id === "string" ? (catalog.teams.find((row) => row.id === id)?.name ?? "a deleted team") : "a team";
}

/** Labels a path of the inputs document, naming the team or option from the first document that has it. */
export function describeInputPath(path: string, documents: Documents, catalog: CatalogSnapshot): string {
  if (TOP_LEVEL_LABELS[path]) return TOP_LEVEL_LABELS[path];

  const parts = parsePath(path);
  const [list, index, ...rest] = parts;
  if ((list !== "teams" && list !== "options") || typeof index !== "number") return path;

  const item = documents.map((document) => itemAt(document, list, index)).find((candidate) => candidate !== null) ?? null;
  const owner =
    list === "teams" ? `Team ${index + 1}${item ? ` (${teamName(item, catalog)})` : ""}` : `Option ${index + 1}${item ? ` (${optionName(item, catalog)})` : ""}`;
  if (rest.length === 0) return owner;

  const [section, field] = rest;
  if (section === "overrides" && typeof field === "string") return `${owner}: ${FIELD_LABELS.get(field) ?? field}`;
  if (section === "source" && typeof field === "string") return `${owner}: ${SOURCE_LABELS[field] ?? field}`;
  if (section === "source") return `${owner}: Catalog entry`;
  if (section === "teamId") return `${owner}: Team`;
  if (section === "name") return `${owner}: Name`;
  if (section === "id") return `${owner}: Id`;

  return `${owner}: ${rest.join(".")}`;
}

function numberText(value: number, percent: boolean): string {
  return percent ? `${shareToPercent(value).toLocaleString("en-US", { maximumFractionDigits: 10 })} %` : value.toLocaleString("en-US", { maximumFractionDigits: 10 });
}

function describeNumberOrRange(value: JsonValue, percent: boolean): string {
  if (typeof value === "number") return numberText(value, percent);
  const range = asRecord(value);
  if (!range || typeof range.distribution !== "string") return JSON.stringify(value);

  const parameters = Object.entries(range)
    .filter(([name, parameter]) => name !== "distribution" && typeof parameter === "number")
    .map(([name, parameter]) => `${name} ${numberText(parameter as number, percent)}`);

  return `${range.distribution}: ${parameters.join(", ")}`;
}

/** Shows the value at `path` readably: names for keys and ids, units for numbers, a summary for a whole team or option. */
export function describeInputValue(path: string, value: JsonValue | undefined, catalog: CatalogSnapshot, document?: unknown): string {
  if (value === undefined) return "(not set)";
  if (value === null) return "(none)";
  if (path === "baselineId" && typeof value === "string") {
    const options = asRecord(document)?.options;
    const option = Array.isArray(options) ? options.map(asRecord).find((candidate) => candidate?.id === value) : null;

    return option ? optionName(option, catalog) : value;
  }

  const parts = parsePath(path);
  const [list, , section, field] = parts;
  const last = parts[parts.length - 1];

  if (list === "teams" && parts.length === 2) return asRecord(value) ? teamName(asRecord(value)!, catalog) : JSON.stringify(value);
  if (list === "teams" && section === "teamId" && typeof value === "string") return catalog.teams.find((row) => row.id === value)?.name ?? "a deleted team";
  if (list === "options" && parts.length === 2 && asRecord(value)) {
    const option = asRecord(value)!;
    const source = asRecord(option.source);
    const entry = source ? describeInputValue(`${path}.source`, source as JsonValue, catalog) : "";

    const ownName = typeof option.name === "string" && option.name ? option.name : null;

    return ownName && entry ? `${ownName} (${entry})` : entry || optionName(option, catalog);
  }
  if (list === "options" && section === "source") {
    const source = field === undefined ? asRecord(value) : null;
    if (source) {
      const keys = ["key", "profileKey", "trainingGpuKey", "servingGpuKey"].filter((name) => typeof source[name] === "string");
      if (keys.length > 0) return keys.map((name) => catalogEntryName(catalog, name, source[name] as string)).join("; ");

      return typeof source.kind === "string" ? `custom ${source.kind}` : JSON.stringify(value);
    }
    if (typeof field === "string" && typeof value === "string" && field !== "type" && field !== "kind") return catalogEntryName(catalog, field, value);
  }
  if (section === "overrides" && typeof field === "string") {
    const percent = PERCENT_FIELDS.has(field);
    if (parts.length === 4) return typeof value === "number" || asRecord(value) ? describeNumberOrRange(value, percent) : String(value);
    if (typeof value === "number") return numberText(value, percent);
  }
  if (typeof last === "string" && last === "overrides" && asRecord(value)) {
    const entries = Object.entries(asRecord(value)!);

    return entries.length === 0 ? "(none)" : entries.map(([name, override]) => `${FIELD_LABELS.get(name) ?? name} ${describeNumberOrRange(override as JsonValue, PERCENT_FIELDS.has(name))}`).join("; ");
  }
  if (typeof value === "number") return value.toLocaleString("en-US", { maximumFractionDigits: 10 });
  if (typeof value === "string" || typeof value === "boolean") return String(value);

  return JSON.stringify(value);
}
