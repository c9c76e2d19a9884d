import { parseEntryForm, type AnyEntryValues } from "../entry-schemas";

import { readCsv } from "./csv";
import { checkImportBytes } from "./size-limit";

/**
 * Parsers of API model price files: our CSV template and LiteLLM's
 * `model_prices_and_context_window.json`. They only read and validate; planning against the
 * catalog and writing happen elsewhere, after the person confirms a preview.
 */

export { IMPORT_MAX_BYTES } from "./size-limit";

/** The CSV template's columns, in order. Prices are per 1M tokens in the organization's currency. */
export const PRICE_CSV_COLUMNS = [
  { name: "provider", field: "provider", help: "Provider name, e.g. Anthropic. Required." },
  { name: "model", field: "model", help: "Model name, e.g. Claude 3 Opus. Required." },
  { name: "input_per_mtok", field: "inputPricePerMTok", help: "Input price per 1M tokens. Required." },
  { name: "cached_input_per_mtok", field: "cachedInputPricePerMTok", help: "Cached-input price per 1M tokens; empty bills cached input at the input price." },
  { name: "output_per_mtok", field: "outputPricePerMTok", help: "Output price per 1M tokens. Required." },
  { name: "discount_percent", field: "discount", help: "Negotiated discount, 0 to under 100; empty means 0." },
  { name: "effective_from", field: "effectiveFrom", help: "First day of the price, YYYY-MM-DD; empty means today." },
  { name: "source_url", field: "sourceUrl", help: "Where the price was read (https://...)." },
  { name: "checked_at", field: "checkedAt", help: "Date the source was read, YYYY-MM-DD." },
  { name: "notes", field: "notes", help: "Free text." },
] as const;

const REQUIRED_COLUMNS = ["provider", "model", "input_per_mtok", "output_per_mtok"];

export interface ImportRow {
  line: number;
  values: AnyEntryValues;
  effectiveFrom: string;
}

export interface ImportIssue {
  /** Line in the CSV file, or 0 for the whole file; LiteLLM entries use their position. */
  line: number;
  field: string;
  message: string;
}

export interface ImportSkip {
  line: number;
  label: string;
  reason: string;
}

export interface ParsedImport {
  rows: ImportRow[];
  errors: ImportIssue[];
  skipped: ImportSkip[];
}

const byteLength = (text: string) => new TextEncoder().encode(text).length;

/** Returns the size error of a file over the limit, naming both sizes. */
export function checkImportSize(text: string): ImportIssue | null {
  const message = checkImportBytes(byteLength(text));

  return message ? { line: 0, field: "file", message } : null;
}

/**
 * Reads a decimal comma as a dot ("2,5" is 2.5). A comma followed by exactly three digits stays
 * a thousands separator ("1,000" is 1000), as in the number fields of the forms.
 */
function normalizeDecimalComma(text: string): string {
  const trimmed = text.trim();

  return /^[-+]?\d+,(\d{1,2}|\d{4,})$/.test(trimmed) ? trimmed.replace(",", ".") : trimmed;
}

const identity = (values: AnyEntryValues, effectiveFrom: string) =>
  `${String(values.provider).toLowerCase()}|${String(values.model).toLowerCase()}|${effectiveFrom}`;

/** Validates one row's raw strings like the form does; errors are named by the file's column. */
function validateRow(line: number, raw: Record<string, string>, columnOf: (field: string) => string, result: ParsedImport, seen: Map<string, ImportRow>) {
  const parsed = parseEntryForm("apiModel", "create", raw);
  if (!parsed.ok) {
    for (const [field, message] of Object.entries(parsed.fieldErrors)) result.errors.push({ line, field: columnOf(field), message });

    return;
  }

  const row = { line, values: parsed.values, effectiveFrom: parsed.effectiveFrom! };
  const earlier = seen.get(identity(row.values, row.effectiveFrom));
  if (!earlier) {
    seen.set(identity(row.values, row.effectiveFrom), row);
    result.rows.push(row);

    return;
  }

  if (JSON.stringify(earlier.values) === JSON.stringify(row.values)) {
    result.skipped.push({ line, label: `${row.values.provider} ${row.values.model}`, reason: `Same row as line ${earlier.line}.` });
  } else {
    result.errors.push({ line, field: "model", message: `Same model and effective date as line ${earlier.line} with other values. Keep one of the two rows.` });
  }
}

/** Parses the CSV template. `today` fills an empty effective date. */
export function parsePriceCsv(text: string, today: string): ParsedImport {
  const result: ParsedImport = { rows: [], errors: [], skipped: [] };
  const sizeError = checkImportSize(text);
  if (sizeError) return { ...result, errors: [sizeError] };

  const { records, error } = readCsv(text.replace(/^\uFEFF/, ""));
  if (error) return { ...result, errors: [{ line: error.line, field: "file", message: error.message }] };
  if (records.length === 0) return { ...result, errors: [{ line: 0, field: "file", message: "The file is empty. Start from the template." }] };

  const [header, ...body] = records;
  const names = header.cells.map((cell) => cell.trim().toLowerCase());
  const known = new Set<string>(PRICE_CSV_COLUMNS.map((column) => column.name));
  for (const name of names) {
    if (!known.has(name)) result.errors.push({ line: header.line, field: name, message: `Unknown column "${name}". Use the template's columns: ${[...known].join(", ")}.` });
  }
  for (const name of new Set(names.filter((name, index) => names.indexOf(name) !== index))) {
    // Only the first of two equal columns would be read, so the other one's values would be dropped unseen.
    result.errors.push({ line: header.line, field: name, message: `Column "${name}" appears more than once. Keep one column of that name.` });
  }
  for (const name of REQUIRED_COLUMNS) {
    if (!names.includes(name)) result.errors.push({ line: header.line, field: name, message: `Missing column "${name}".` });
  }
  if (result.errors.length > 0) return result;

  const columnOf = (field: string) => PRICE_CSV_COLUMNS.find((column) => column.field === field)?.name ?? field;
  const seen = new Map<string, ImportRow>();
  for (const record of body) {
    const cell = (name: string) => {
      const index = names.indexOf(name);

      return index >= 0 ? (record.cells[index] ?? "").trim() : "";
    };
    const raw: Record<string, string> = {
      provider: cell("provider"),
      model: cell("model"),
      inputPricePerMTok: normalizeDecimalComma(cell("input_per_mtok")),
      cachedInputPricePerMTok: normalizeDecimalComma(cell("cached_input_per_mtok")),
      outputPricePerMTok: normalizeDecimalComma(cell("output_per_mtok")),
      discount: normalizeDecimalComma(cell("discount_percent")) || "0",
      effectiveFrom: cell("effective_from") || today,
      sourceUrl: cell("source_url"),
      checkedAt: cell("checked_at"),
      notes: cell("notes"),
    };
    validateRow(record.line, raw, columnOf, result, seen);
  }

  return result;
}

/** LiteLLM provider ids of the direct provider APIs, with the names the catalog uses. */
const LITELLM_PROVIDERS: Record<string, string> = {
  anthropic: "Anthropic",
  openai: "OpenAI",
  gemini: "Google",
  mistral: "Mistral",
  deepseek: "DeepSeek",
  xai: "xAI",
  cohere_chat: "Cohere",
};

const LITELLM_SOURCE = "https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json";

type LiteLlmEntry = Record<string, unknown>;

/** LiteLLM prices are per token; the catalog's are per 1M tokens. */
const perMillion = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? String(Number((value * 1_000_000).toPrecision(12))) : "");

/** Describes long-context prices (keys such as `input_cost_per_token_above_200k_tokens`) in the notes. */
function longContextNotes(entry: LiteLlmEntry): string {
  const notes = Object.entries(entry)
    .map(([name, value]) => {
      const match = /^(input|output)_cost_per_token_above_(\w+?)_tokens$/.exec(name);

      return match && typeof value === "number" ? `${match[1]} ${perMillion(value)} per 1M above ${match[2]} tokens` : null;
    })
    .filter((note): note is string => note !== null);

  return notes.length > 0 ? `Long-context prices: ${notes.join("; ")}.` : "";
}

/**
 * Parses LiteLLM's price file. Chat and completion models of the direct provider APIs are read;
 * other entries are skipped with the reason. Each entry's position in the file is its "line".
 */
export function parseLiteLlmJson(text: string, today: string): ParsedImport {
  const result: ParsedImport = { rows: [], errors: [], skipped: [] };
  const sizeError = checkImportSize(text);
  if (sizeError) return { ...result, errors: [sizeError] };

  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { ...result, errors: [{ line: 0, field: "file", message: `The file is not valid JSON: ${(error as Error).message}` }] };
  }
  if (document === null || typeof document !== "object" || Array.isArray(document)) {
    return { ...result, errors: [{ line: 0, field: "file", message: "Expected a JSON object of model names to prices, as in LiteLLM's file." }] };
  }

  const seen = new Map<string, ImportRow>();
  Object.entries(document as Record<string, LiteLlmEntry>).forEach(([name, entry], index) => {
    const line = index + 1;
    if (name === "sample_spec") return;

    const providerId = String(entry?.litellm_provider ?? "");
    const provider = LITELLM_PROVIDERS[providerId];
    if (!provider) {
      result.skipped.push({ line, label: name, reason: `Provider "${providerId || "none"}" is not imported; only ${Object.keys(LITELLM_PROVIDERS).join(", ")} are.` });

      return;
    }
    if (entry.mode !== undefined && entry.mode !== "chat" && entry.mode !== "completion") {
      result.skipped.push({ line, label: name, reason: `Mode "${String(entry.mode)}" is not a chat or completion model.` });

      return;
    }
    if (typeof entry.input_cost_per_token !== "number" || typeof entry.output_cost_per_token !== "number") {
      result.skipped.push({ line, label: name, reason: "No input and output price per token." });

      return;
    }

    const raw: Record<string, string> = {
      provider,
      model: name.split("/").pop()!,
      inputPricePerMTok: perMillion(entry.input_cost_per_token),
      cachedInputPricePerMTok: perMillion(entry.cache_read_input_token_cost),
      outputPricePerMTok: perMillion(entry.output_cost_per_token),
      discount: "0",
      effectiveFrom: today,
      sourceUrl: LITELLM_SOURCE,
      checkedAt: today,
      notes: longContextNotes(entry),
    };
    validateRow(line, raw, (field) => `${name}.${field}`, result, seen);
  });

  return result;
}
