import { describe, expect, it } from "vitest";

import { checkImportBytes, IMPORT_MAX_BYTES } from "./size-limit";

describe("checkImportBytes", () => {
  it("accepts a file of exactly the limit", () => {
    expect(checkImportBytes(IMPORT_MAX_BYTES)).toBeNull();
  });

  it("names the limit and the file's size", () => {
    expect(checkImportBytes(2_000_000)).toBe("Files up to 1 MB; this one is 2.0 MB. Split it or remove rows.");
    expect(checkImportBytes(IMPORT_MAX_BYTES + 1)).toBe("Files up to 1 MB; this one is 1.0 MB. Split it or remove rows.");
  });
});
