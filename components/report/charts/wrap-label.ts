/**
 * Breaks a chart label into at most `maxLines` lines of about `lineLength` characters at spaces.
 * Text beyond the last line ends in "…"; the chart puts the full label in a `<title>`.
 */
export function wrapLabel(label: string, lineLength: number, maxLines = 2): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= lineLength || !line) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines.map((text) => shorten(text, lineLength));

  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = shorten(`${kept[maxLines - 1]} ${lines[maxLines]}`, lineLength, true);

  return kept.map((text) => shorten(text, lineLength));
}

/** Cuts a line to `length` characters with "…"; `force` adds "…" even to a short line, to mark dropped words. */
function shorten(text: string, length: number, force = false): string {
  if (text.length <= length && !force) return text;

  return `${text.slice(0, Math.max(1, length - 1)).trimEnd()}…`;
}
