type Json = unknown;

const show = (value: Json): string => {
  if (value === null || value === undefined) return "—";
  if (typeof value === "object") return JSON.stringify(value);

  return String(value);
};

/**
 * Shows an audit event's details: each changed field as "old → new" when the event has
 * `before` and `after` objects, and the remaining details as key-value pairs. Each value sits in
 * a `<bdi>`, so a name containing a right-to-left override cannot reverse the text around it.
 */
export function AuditDetails({ details }: { details: Json }) {
  if (details === null || typeof details !== "object" || Array.isArray(details)) return <bdi>{show(details)}</bdi>;

  const { before, after, changes: _changes, ...rest } = details as Record<string, Json>;
  const beforeObject = before && typeof before === "object" && !Array.isArray(before) ? (before as Record<string, Json>) : null;
  const afterObject = after && typeof after === "object" && !Array.isArray(after) ? (after as Record<string, Json>) : null;
  const fields = [...new Set([...Object.keys(beforeObject ?? {}), ...Object.keys(afterObject ?? {})])];
  const changed = fields.filter((field) => show(beforeObject?.[field]) !== show(afterObject?.[field]));

  return (
    <div className="space-y-1">
      {Object.entries(rest).map(([name, value]) => (
        <div key={name} className="text-slate-600">
          {name}: <bdi>{show(value)}</bdi>
        </div>
      ))}
      {changed.length > 0 ? (
        <ul>
          {changed.map((field) => (
            <li key={field}>
              <code>{field}</code>: <bdi>{show(beforeObject?.[field])}</bdi> → <bdi>{show(afterObject?.[field])}</bdi>
            </li>
          ))}
        </ul>
      ) : Array.isArray(before) ? (
        <div>
          deleted: <bdi>{show(before)}</bdi>
        </div>
      ) : null}
    </div>
  );
}
