import { describe, expect, it } from "vitest";

import { csvCell, readCsv, writeCsv } from "./csv";
import { IMPORT_MAX_BYTES, parseLiteLlmJson, parsePriceCsv } from "./parse-price-import";

const TODAY = "2026-12-04";
const HEADER = "provider,model,input_per_mtok,cached_input_per_mtok,output_per_mtok,discount_percent,effective_from,source_url,checked_at,notes";

describe("readCsv", () => {
  it("keeps quoted commas, quotes and line breaks", () => {
    const { records, error } = readCsv('a,"b, c","say ""hi"""\r\n"multi\nline",x,y\n');

    expect(error).toBeNull();
    expect(records).toEqual([
      { line: 1, cells: ["a", "b, c", 'say "hi"'] },
      { line: 2, cells: ["multi\nline", "x", "y"] },
    ]);
  });

  it("skips blank lines and counts them", () => {
    expect(readCsv("a,b\n\n , \nc,d").records.map((record) => record.line)).toEqual([1, 4]);
  });

  it("reports an unterminated quote at its line", () => {
    const { error } = readCsv('a,b\nc,"d\ne,f\ng,h\n');

    expect(error).toEqual({ line: 2, message: 'The quoted field that starts on line 2 is never closed. Add the closing double quote (").' });
  });
});

describe("parsePriceCsv file errors", () => {
  it("reports an unterminated quote instead of swallowing rows", () => {
    const text = [HEADER, 'Anthropic,"Claude 3 Opus,15,1.5,75,0,2024-03-04,,,', "OpenAI,GPT-4 Turbo,10,,30,0,2023-11-06,,,"].join("\n");

    const result = parsePriceCsv(text, TODAY);

    expect(result.errors).toEqual([{ line: 2, field: "file", message: 'The quoted field that starts on line 2 is never closed. Add the closing double quote (").' }]);
    expect(result.rows).toEqual([]);
  });

  it("names a duplicate header", () => {
    const text = [`${HEADER},Output_Per_MTok`, "Anthropic,Claude 3 Opus,15,1.5,75,0,2024-03-04,,,,60"].join("\n");

    const result = parsePriceCsv(text, TODAY);

    expect(result.errors).toEqual([{ line: 1, field: "output_per_mtok", message: 'Column "output_per_mtok" appears more than once. Keep one column of that name.' }]);
    expect(result.rows).toEqual([]);
  });
});

describe("csvCell", () => {
  it.each([
    ["=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""],
    ["+1", "'+1"],
    ["-1+2", "'-1+2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", "\"'\rcmd\""],
    ["plain", "plain"],
  ])("neutralizes %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("leaves negative numbers alone", () => {
    expect(writeCsv([[-3, "a,b", null]])).toBe('-3,"a,b",\r\n');
  });
});

describe("parsePriceCsv", () => {
  it("reads a file with BOM, quoted commas and decimal commas", () => {
    const text = `\uFEFF${HEADER}\r\nAnthropic,"Claude 3 Opus, 2024","15,5",1.5,75,10,2024-03-04,https://www.anthropic.com/pricing,2024-04-15,"list, April"\r\n`;

    const result = parsePriceCsv(text, TODAY);

    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      {
        line: 2,
        effectiveFrom: "2024-03-04",
        values: {
          provider: "Anthropic",
          model: "Claude 3 Opus, 2024",
          inputPricePerMTok: 15.5,
          cachedInputPricePerMTok: 1.5,
          outputPricePerMTok: 75,
          discount: 0.1,
          sourceUrl: "https://www.anthropic.com/pricing",
          checkedAt: "2024-04-15",
          notes: "list, April",
        },
      },
    ]);
  });

  it("fills an empty date with today and skips blank lines", () => {
    const result = parsePriceCsv("provider,model,input_per_mtok,output_per_mtok\n\nOpenAI,GPT-4o,2.5,10\n\n", TODAY);

    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]).toMatchObject({ line: 3, effectiveFrom: TODAY, values: { discount: 0, cachedInputPricePerMTok: null } });
  });

  it("reports invalid cells by line and column", () => {
    const result = parsePriceCsv(`${HEADER}\nOpenAI,GPT-4o,abc,,-1,,2024-13-01,,,\n`, TODAY);

    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      { line: 2, field: "input_per_mtok", message: "Enter a plain number such as 15 or 2.5, without currency signs or units." },
      { line: 2, field: "output_per_mtok", message: "Must be at least 0 per 1M tokens." },
      { line: 2, field: "effective_from", message: "Enter a date as YYYY-MM-DD." },
    ]);
  });

  it("rejects conflicting duplicate rows", () => {
    const text = `provider,model,input_per_mtok,output_per_mtok,effective_from\nOpenAI,GPT-4o,2.5,10,2025-01-01\nopenai,gpt-4o,2.5,10,2025-01-01\nOpenAI,GPT-4o,3,10,2025-01-01\n`;

    const result = parsePriceCsv(text, TODAY);

    expect(result.rows.map((row) => row.line)).toEqual([2]);
    expect(result.skipped).toEqual([]);
    expect(result.errors).toEqual([
      { line: 3, field: "model", message: "Same model and effective date as line 2 with other values. Keep one of the two rows." },
      { line: 4, field: "model", message: "Same model and effective date as line 2 with other values. Keep one of the two rows." },
    ]);
  });

  it("skips an exact repeat of a row", () => {
    const text = `provider,model,input_per_mtok,output_per_mtok\nOpenAI,GPT-4o,2.5,10\nOpenAI,GPT-4o,2.5,10\n`;

    expect(parsePriceCsv(text, TODAY).skipped).toEqual([{ line: 3, label: "OpenAI GPT-4o", reason: "Same row as line 2." }]);
  });

  it("rejects unknown and missing columns", () => {
    const result = parsePriceCsv("provider,model,price\nOpenAI,GPT-4o,1\n", TODAY);

    expect(result.errors.map((error) => error.field)).toEqual(["price", "input_per_mtok", "output_per_mtok"]);
  });

  it("rejects a file over the size limit", () => {
    const result = parsePriceCsv(`${HEADER}\n${"x".repeat(IMPORT_MAX_BYTES)}`, TODAY);

    expect(result.errors).toEqual([
      { line: 0, field: "file", message: "Files up to 1 MB; this one is 1.0 MB. Split it or remove rows." },
    ]);
  });
});

describe("parseLiteLlmJson", () => {
  const file = JSON.stringify({
    sample_spec: { input_cost_per_token: 0 },
    "claude-3-opus-20240229": {
      litellm_provider: "anthropic",
      mode: "chat",
      input_cost_per_token: 0.000015,
      output_cost_per_token: 0.000075,
      cache_read_input_token_cost: 0.0000015,
    },
    "gemini/gemini-2.5-pro": {
      litellm_provider: "gemini",
      mode: "chat",
      input_cost_per_token: 0.00000125,
      output_cost_per_token: 0.00001,
      input_cost_per_token_above_200k_tokens: 0.0000025,
      output_cost_per_token_above_200k_tokens: 0.000015,
    },
    "bedrock/anthropic.claude-v2": { litellm_provider: "bedrock", mode: "chat", input_cost_per_token: 0.000008, output_cost_per_token: 0.000024 },
    "text-embedding-3-small": { litellm_provider: "openai", mode: "embedding", input_cost_per_token: 0.00000002, output_cost_per_token: 0 },
    "gpt-free": { litellm_provider: "openai", mode: "chat" },
  });

  it("converts per-token prices to per 1M tokens", () => {
    const [opus] = parseLiteLlmJson(file, TODAY).rows;

    expect(opus.values).toMatchObject({ provider: "Anthropic", model: "claude-3-opus-20240229", inputPricePerMTok: 15, outputPricePerMTok: 75, cachedInputPricePerMTok: 1.5 });
    expect(opus.effectiveFrom).toBe(TODAY);
  });

  it("keeps long-context prices in the notes", () => {
    const gemini = parseLiteLlmJson(file, TODAY).rows[1];

    expect(gemini.values).toMatchObject({ provider: "Google", model: "gemini-2.5-pro", cachedInputPricePerMTok: null });
    expect(gemini.values.notes).toBe("Long-context prices: input 2.5 per 1M above 200k tokens; output 15 per 1M above 200k tokens.");
  });

  it("skips unknown providers and non-chat entries with reasons", () => {
    const skipped = parseLiteLlmJson(file, TODAY).skipped;

    expect(skipped.map((skip) => skip.label)).toEqual(["bedrock/anthropic.claude-v2", "text-embedding-3-small", "gpt-free"]);
    expect(skipped[0].reason).toContain('Provider "bedrock" is not imported');
    expect(skipped[1].reason).toBe('Mode "embedding" is not a chat or completion model.');
    expect(skipped[2].reason).toBe("No input and output price per token.");
  });

  it("reports invalid JSON", () => {
    expect(parseLiteLlmJson("{", TODAY).errors[0]).toMatchObject({ line: 0, field: "file" });
  });
});
