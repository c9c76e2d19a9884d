/**
 * JSON parsing that reports where a document is malformed. `JSON.parse` in Node 20 gives
 * no position for many errors (an unexpected token, for one), so on failure a small strict
 * scanner of the RFC 8259 grammar walks the text to the first offending character.
 */

export interface JsonSyntaxProblem {
  /** 1-based line and column (in UTF-16 code units) of the first offending character. */
  line: number;
  column: number;
  /** 0-based offset into the text, the leading byte-order mark included. */
  offset: number;
  message: string;
}

export type ParseJsonResult = { ok: true; value: unknown } | { ok: false; problem: JsonSyntaxProblem };

/** Parses JSON text, ignoring a leading byte-order mark. */
export function parseJson(text: string): ParseJsonResult {
  const start = text.startsWith("\uFEFF") ? 1 : 0;
  try {
    return { ok: true, value: JSON.parse(text.slice(start)) };
  } catch {
    const { offset, message } = findSyntaxError(text, start);

    return { ok: false, problem: { ...lineAndColumn(text, offset), offset, message } };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;

  return { line: before.split("\n").length, column: offset - lineStart + 1 };
}

class ScanError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/** Scans text that JSON.parse rejected and returns where and why it is invalid. */
function findSyntaxError(text: string, start: number): { offset: number; message: string } {
  let position = start;

  const describe = (at: number) => (at >= text.length ? "end of input" : `character ${JSON.stringify(text[at])}`);
  const fail = (message: string): never => {
    throw new ScanError(position, message);
  };
  const skipWhitespace = () => {
    while (position < text.length && " \t\n\r".includes(text[position])) {
      position += 1;
    }
  };
  const expect = (character: string) => {
    if (text[position] !== character) {
      fail(`expected "${character}" but found ${describe(position)}`);
    }
    position += 1;
  };

  const scanString = () => {
    expect('"');
    while (position < text.length && text[position] !== '"') {
      const code = text.charCodeAt(position);
      if (code < 0x20) {
        fail("control character in string; escape it, for example as \\n");
      }
      if (text[position] === "\\") {
        position += 1;
        if (text[position] === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(position + 1, position + 5))) {
            fail("invalid \\u escape; it needs four hexadecimal digits");
          }
          position += 4;
        } else if (!'"\\/bfnrt'.includes(text[position] ?? "x")) {
          fail(`invalid escape sequence in string`);
        }
      }
      position += 1;
    }
    if (position >= text.length) {
      fail("unterminated string");
    }
    position += 1;
  };

  const scanNumber = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(position));
    if (match === null) {
      fail(`invalid number`);
    }
    position += match![0].length;
  };

  const scanLiteral = (literal: string) => {
    if (!text.startsWith(literal, position)) {
      fail(`unexpected ${describe(position)}`);
    }
    position += literal.length;
  };

  const scanList = (open: string, close: string, scanItem: () => void) => {
    expect(open);
    skipWhitespace();
    if (text[position] === close) {
      position += 1;

      return;
    }
    for (;;) {
      scanItem();
      skipWhitespace();
      if (text[position] === close) {
        position += 1;

        return;
      }
      if (text[position] !== ",") {
        fail(`expected "," or "${close}" but found ${describe(position)}`);
      }
      position += 1;
      skipWhitespace();
    }
  };

  const scanValue = (): void => {
    skipWhitespace();
    const character = text[position];
    if (character === "{") {
      scanList("{", "}", () => {
        if (text[position] !== '"') {
          fail(`expected a property name in double quotes but found ${describe(position)}`);
        }
        scanString();
        skipWhitespace();
        expect(":");
        scanValue();
      });
    } else if (character === "[") {
      scanList("[", "]", scanValue);
    } else if (character === '"') {
      scanString();
    } else if (character === "-" || (character >= "0" && character <= "9")) {
      scanNumber();
    } else if (character === "t") {
      scanLiteral("true");
    } else if (character === "f") {
      scanLiteral("false");
    } else if (character === "n") {
      scanLiteral("null");
    } else {
      fail(`unexpected ${describe(position)}`);
    }
  };

  try {
    scanValue();
    skipWhitespace();
    if (position < text.length) {
      fail(`unexpected ${describe(position)} after the end of the JSON value`);
    }
  } catch (error) {
    if (error instanceof ScanError) {
      return { offset: error.offset, message: error.message };
    }
    throw error;
  }

  // The scanner accepts only what JSON.parse accepts, so this is not reached in practice.
  return { offset: position, message: "invalid JSON" };
}
