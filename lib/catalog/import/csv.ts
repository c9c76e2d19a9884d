/**
 * A small RFC 4180 CSV reader and writer: quoted fields may contain commas, quotes ("") and
 * line breaks; CRLF and LF both end a record. Lines are counted from 1 in the source text.
 */

export interface CsvRecord {
  /** Line of the source on which the record starts. */
  line: number;
  cells: string[];
}

/** Splits CSV text into records, skipping records whose cells are all blank. */
export function readCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
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
  if (cell !== "" || cells.length > 0) endRecord();

  return records;
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
