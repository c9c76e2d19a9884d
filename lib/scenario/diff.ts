/**
 * Field-by-field differences between two JSON documents (scenario inputs), and re-applying one
 * person's changes on top of another version. Paths read like `options[1].overrides.utilization`.
 * Objects and arrays are compared member by member; every other value is a leaf.
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface FieldChange {
  path: string;
  /** The value before the change; undefined when the field was added. */
  before: JsonValue | undefined;
  /** The value after the change; undefined when the field was removed. */
  after: JsonValue | undefined;
}

type PathPart = string | number;

function isObject(value: unknown): value is { [key: string]: JsonValue } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Formats path parts as `options[1].overrides.utilization`; the root is the empty string. */
export function formatPath(parts: readonly PropertyKey[]): string {
  let text = "";
  for (const part of parts) {
    if (typeof part === "number") text += `[${part}]`;
    else text += text ? `.${String(part)}` : String(part);
  }

  return text;
}

/** Splits `options[1].overrides.utilization` into `["options", 1, "overrides", "utilization"]`. */
export function parsePath(path: string): PathPart[] {
  const parts: PathPart[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    parts.push(match[2] !== undefined ? Number(match[2]) : match[1]);
  }

  return parts;
}

function collect(before: JsonValue | undefined, after: JsonValue | undefined, parts: PathPart[], changes: FieldChange[]): void {
  if (Array.isArray(before) && Array.isArray(after)) {
    for (let index = 0; index < Math.max(before.length, after.length); index++) {
      collect(before[index], after[index], [...parts, index], changes);
    }

    return;
  }

  if (isObject(before) && isObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const key of [...keys].sort()) collect(before[key], after[key], [...parts, key], changes);

    return;
  }

  if (JSON.stringify(before) === JSON.stringify(after)) return;
  changes.push({ path: formatPath(parts), before, after });
}

/** Lists the fields whose values differ between `before` and `after`, in document order. */
export function diffDocuments(before: unknown, after: unknown): FieldChange[] {
  const changes: FieldChange[] = [];
  collect(before as JsonValue, after as JsonValue, [], changes);

  return changes;
}

const REMOVED = Symbol("removed");

function setAt(target: JsonValue, parts: readonly PathPart[], value: JsonValue | undefined): JsonValue {
  if (parts.length === 0) return value === undefined ? null : structuredClone(value);

  const [head, ...rest] = parts;
  if (typeof head === "number") {
    const array = Array.isArray(target) ? [...target] : [];
    if (rest.length === 0 && value === undefined) {
      // Removals of array elements are marked and compacted afterwards, so the indexes of
      // later removals still point at the elements they named.
      array[head] = REMOVED as unknown as JsonValue;

      return array;
    }
    array[head] = setAt(array[head] ?? (typeof rest[0] === "number" ? [] : {}), rest, value);

    return array;
  }

  const object = isObject(target) ? { ...target } : {};
  if (rest.length === 0 && value === undefined) {
    delete object[head];

    return object;
  }
  object[head] = setAt(object[head] ?? (typeof rest[0] === "number" ? [] : {}), rest, value);

  return object;
}

function compact(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.filter((item) => (item as unknown) !== REMOVED).map(compact);
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, compact(item)]));

  return value;
}

/** Returns a copy of `document` with each change's `after` value written at its path. */
export function applyChanges<T>(document: T, changes: readonly FieldChange[]): T {
  let result = structuredClone(document) as JsonValue;
  for (const change of changes) result = setAt(result, parsePath(change.path), change.after);

  return compact(result) as T;
}

/**
 * Returns the paths both people changed to different values. A path also collides with a change
 * to one of its ancestors or descendants (for example a removed option and an override inside it).
 */
export function findCollisions(theirs: readonly FieldChange[], mine: readonly FieldChange[]): string[] {
  const overlaps = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || a.startsWith(`${b}[`) || b.startsWith(`${a}.`) || b.startsWith(`${a}[`);

  return mine
    .filter((change) =>
      theirs.some((other) => overlaps(other.path, change.path) && !(other.path === change.path && JSON.stringify(other.after) === JSON.stringify(change.after))),
    )
    .map((change) => change.path);
}

/** Shows a changed value in a table: strings as they are, anything else as JSON, a missing field as "(not set)". */
export function formatChangeValue(value: unknown): string {
  if (value === undefined) return "(not set)";

  return typeof value === "string" ? value : JSON.stringify(value);
}
