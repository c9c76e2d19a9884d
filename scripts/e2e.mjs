#!/usr/bin/env node
// Runs the Playwright suite against a production build. It prepares a database of its own:
// on a PostgreSQL server (DATABASE_URL) a demo organization with a unique slug, otherwise a
// fresh embedded database under .data/e2e. Sign-in links are read from a mail outbox file.
import fs from "node:fs";
import path from "node:path";

import { findChromium } from "./find-chromium.mjs";
import { ensureBuild, quietEnvironment, root, run, usesPostgresServer } from "./lib.mjs";

let chromiumPath;
try {
  chromiumPath = findChromium();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

const runId = Date.now().toString(36);
const stateDir = path.join(root, ".data", "e2e-state");
fs.rmSync(stateDir, { recursive: true, force: true });
fs.mkdirSync(stateDir, { recursive: true });

const environment = {
  ...quietEnvironment,
  CHROMIUM_PATH: chromiumPath,
  E2E_PORT: process.env.E2E_PORT ?? "3100",
  E2E_RUN_ID: runId,
  E2E_DEMO_SLUG: `demo-chip-co-${runId}`,
  E2E_DEMO_OWNER: `demo-owner-${runId}@e2e.test`,
  MAIL_OUTBOX: path.join(stateDir, "outbox.jsonl"),
  AUTH_SECRET: process.env.AUTH_SECRET ?? "end-to-end-tests-only-secret-0123456789",
  AUTH_URL: `http://localhost:${process.env.E2E_PORT ?? "3100"}`,
};

if (usesPostgresServer()) {
  run("npx", ["prisma", "migrate", "deploy"], { env: environment });
} else {
  const dataDir = path.join(root, ".data", "e2e");
  fs.rmSync(dataDir, { recursive: true, force: true });
  environment.DATABASE_URL = `pglite:${dataDir}`;
}

run("npx", ["tsx", "--conditions=react-server", "scripts/seed.ts", "--owner", environment.E2E_DEMO_OWNER, "--slug", environment.E2E_DEMO_SLUG], {
  env: environment,
});

ensureBuild();
run("npx", ["playwright", "test", ...process.argv.slice(2)], { env: environment });
