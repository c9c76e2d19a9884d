import { diffDocuments, parsePath, type JsonValue } from "./diff";

export interface InputDifference {
  path: string;
  /** The value at `path` in each document, in the order given; undefined where it is not set. */
  values: (JsonValue | undefined)[];
}

export function valueAt(document: unknown, path: string): JsonValue | undefined {
  let current = document as JsonValue | undefined;
  for (const part of parsePath(path)) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, JsonValue>)[part];
  }

  return current;
}

/** Lists every field whose value is not the same in all documents, compared field by field with the first. */
export function compareInputs(documents: readonly unknown[]): InputDifference[] {
  const [first, ...others] = documents;
  const paths = new Set<string>();
  for (const other of others) for (const change of diffDocuments(first, other)) paths.add(change.path);

  return [...paths].sort().map((path) => ({ path, values: documents.map((document) => valueAt(document, path)) }));
}
