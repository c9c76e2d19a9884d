import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tco-seed-"));

function runSeed() {
  return spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/seed.ts"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `pglite:${dataDir}`, NODE_ENV: "development" },
    encoding: "utf8",
    // A seed that leaves the embedded database open never exits; the timeout turns that into a failure.
    timeout: 90_000,
  });
}

afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("seed script on the embedded database", () => {
  it("seeds once and exits on a second run", () => {
    const first = runSeed();
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Seeded organization "Demo Chip Co"');

    const second = runSeed();
    expect(second.signal).toBeNull();
    expect(second.status).toBe(0);
    expect(second.stdout).toContain("already exists");
  }, 200_000);
});
