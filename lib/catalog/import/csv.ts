/**
 * A small RFC 4180 CSV reader and writer: quoted fields may contain commas, quotes ("") and
 * line breaks; CRLF and LF both end a record. Lines are counted from 1 in the source text.
 */

export interface CsvRecord {
  /** Line of the source on which the record starts. */
  line: number;
  cells: string[];
}

export interface CsvReadResult {
  records: CsvRecord[];
  /** A syntax error of the whole file, such as a quote that is never closed; null when there is none. */
  error: { line: number; message: string } | null;
}

/**
 * Splits CSV text into records, skipping records whose cells are all blank. A quoted field that
 * is still open at the end of the text is an error naming the line where its quote opened,
 * because the reader would otherwise take the rest of the file as that one cell.
 */
export function readCsv(text: string): CsvReadResult {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let quoteLine = 0;
  let line = 1;
  let recordLine = 1;

  const endRecord = () => {
    cells.push(cell);
    if (cells.some((value) => value.trim() !== "")) records.push({ line: recordLine, cells });
    cells = [];
    cell = "";
  };

  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (character === '"') {
        quoted = false;
      } else {
        if (character === "\n") line++;
        cell += character;
      }
      continue;
    }

    if (character === '"' && cell.trim() === "") {
      quoted = true;
      quoteLine = line;
      cell = "";
    } else if (character === ",") {
      cells.push(cell);
      cell = "";
    } else if (character === "\n" || character === "\r") {
      if (character === "\r" && text[index + 1] === "\n") index++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      cell += character;
    }
  }
  if (quoted) {
    return { records, error: { line: quoteLine, message: `The quoted field that starts on line ${quoteLine} is never closed. Add the closing double quote (").` } };
  }
  if (cell !== "" || cells.length > 0) endRecord();

  return { records, error: null };
}

/**
 * Neutralizes a cell that a spreadsheet would run as a formula (starting with =, +, -, @, tab
 * or carriage return) by prefixing an apostrophe, then quotes it when needed.
 */
export function csvCell(value: string | number | null): string {
  let text = value === null ? "" : String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;

  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function writeCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
