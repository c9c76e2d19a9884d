import { describe, expect, it } from "vitest";

import { parseJson } from "./json";

describe("parseJson", () => {
  it("parses valid JSON", () => {
    expect(parseJson('{"a": [1, 2.5e3, "x", true, null]}')).toEqual({ ok: true, value: { a: [1, 2500, "x", true, null] } });
  });

  it("ignores a byte-order mark", () => {
    expect(parseJson('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it.each([
    { text: '{"a": }', line: 1, column: 7, message: 'unexpected character "}"' },
    { text: '{\n  "a": 1,\n  "b": 2\n  "c": 3\n}', line: 4, column: 3, message: 'expected "," or "}" but found character "\\""' },
    { text: '{"a": 1,}', line: 1, column: 9, message: 'expected a property name in double quotes but found character "}"' },
    { text: "[1, 2", line: 1, column: 6, message: 'expected "," or "]" but found end of input' },
    { text: '{"a": "open', line: 1, column: 12, message: "unterminated string" },
    { text: '{"a": 01}', line: 1, column: 8, message: 'expected "," or "}" but found character "1"' },
    { text: '{"a": tru}', line: 1, column: 7, message: 'unexpected character "t"' },
    { text: '{"a": 1} x', line: 1, column: 10, message: 'unexpected character "x" after the end of the JSON value' },
    { text: "", line: 1, column: 1, message: "unexpected end of input" },
    { text: '{"a": "\\q"}', line: 1, column: 9, message: "invalid escape sequence in string" },
  ])("locates the error in $text", ({ text, line, column, message }) => {
    const result = parseJson(text);

    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.line).toBe(line);
      expect(result.problem.column).toBe(column);
      expect(result.problem.message).toBe(message);
    }
  });
});
