#!/usr/bin/env node
// Quick start: installs, builds, migrates and serves TCO Planner on http://localhost:3000.
// Without DATABASE_URL it runs on an embedded PostgreSQL (PGlite) under .data/ and seeds the
// demo organization "Demo Chip Co". With DATABASE_URL it migrates that server and seeds nothing.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import { ensureBuild, ensureDependencies, quietEnvironment, root, run, startProcess, usesPostgresServer } from "./lib.mjs";

const port = process.env.PORT ?? "3000";

/**
 * PGlite's data directory may be opened by one process at a time; a second server or seed
 * would corrupt it. The pid file names the process that owns it.
 */
function refuseSecondEmbeddedServer(pidFile) {
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, "utf8"));
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = true;
    } catch {
      // No such process: the pid file is stale.
    }
    if (alive) {
      console.error(`TCO Planner is already running on the embedded database (process ${pid}). Stop it first, or set DATABASE_URL to use a PostgreSQL server.`);
      process.exit(1);
    }
  }
  fs.writeFileSync(pidFile, String(process.pid));
  process.on("exit", () => fs.rmSync(pidFile, { force: true }));
}
// Links in emails are built on AUTH_URL; locally that is this server's own address.
const environment = { ...quietEnvironment, AUTH_URL: process.env.AUTH_URL ?? `http://localhost:${port}` };

ensureDependencies();

if (usesPostgresServer()) {
  if (!process.env.AUTH_SECRET) {
    console.error("AUTH_SECRET is not set. Generate one with `openssl rand -base64 33` and export it, then start again.");
    process.exit(1);
  }
  console.log("Applying migrations to the PostgreSQL server in DATABASE_URL…");
  run("npx", ["prisma", "migrate", "deploy"], { env: environment });
} else {
  const dataDir = path.join(root, ".data");
  fs.mkdirSync(dataDir, { recursive: true });
  refuseSecondEmbeddedServer(path.join(dataDir, "server.pid"));
  environment.DATABASE_URL = process.env.DATABASE_URL ?? `pglite:${path.join(dataDir, "pglite")}`;

  // A local secret for the embedded database, generated once and kept beside its data.
  const secretFile = path.join(dataDir, "auth-secret");
  if (!process.env.AUTH_SECRET) {
    if (!fs.existsSync(secretFile)) fs.writeFileSync(secretFile, randomBytes(33).toString("base64"), { mode: 0o600 });
    environment.AUTH_SECRET = fs.readFileSync(secretFile, "utf8").trim();
  }

  console.log("Preparing the embedded database and the demo organization…");
  run("npx", ["tsx", "--conditions=react-server", "scripts/seed.ts"], { env: environment });
}

ensureBuild();

const server = startProcess("node", ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", port], { env: environment });

console.log(`
TCO Planner is starting on http://localhost:${port}
  Sign in with any email address: without SMTP the sign-in link is printed in this terminal.
${usesPostgresServer() ? "" : "  The first person to sign in becomes the owner of the demo organization \"Demo Chip Co\".\n"}`);

for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
