#!/usr/bin/env node
// `npm test`: type check, lint, unit tests, integration tests against PostgreSQL (DATABASE_URL,
// or the embedded database when it is unset), then the end-to-end tests in Chromium.
import { ensureDependencies, quietEnvironment, run, usesPostgresServer } from "./lib.mjs";

const steps = process.argv.slice(2);
const wanted = (step) => steps.length === 0 || steps.includes(step);

ensureDependencies();

if (wanted("typecheck")) {
  console.log("\n== Type check");
  run("npx", ["tsc", "--noEmit"]);
}
if (wanted("lint")) {
  console.log("\n== Lint");
  run("npx", ["eslint", "--max-warnings=0", "."]);
}
if (wanted("unit")) {
  console.log("\n== Unit tests");
  run("npx", ["vitest", "run", "--project", "unit"]);
}
if (wanted("integration")) {
  console.log(`\n== Integration tests (${usesPostgresServer() ? "PostgreSQL in DATABASE_URL" : "embedded PostgreSQL"})`);
  if (usesPostgresServer()) run("npx", ["prisma", "migrate", "deploy"], { env: quietEnvironment });
  run("npx", ["vitest", "run", "--project", "integration"]);
}
if (wanted("e2e")) {
  console.log("\n== End-to-end tests (Chromium)");
  run("node", ["scripts/e2e.mjs"]);
}
