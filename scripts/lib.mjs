// Helpers shared by the start, test and end-to-end scripts. Plain Node, no dependencies, so
// they run on a fresh clone before `npm ci`.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..");

/** Runs a command with inherited output and exits with its status when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options, env: { ...process.env, ...options.env } });
  if (result.error) {
    console.error(`Could not run ${command}: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) {
    console.error(`\n${[command, ...args].join(" ")} failed with exit status ${result.status}.`);
    process.exit(result.status ?? 1);
  }
}

export function startProcess(command, args, options = {}) {
  return spawn(command, args, { cwd: root, stdio: "inherit", ...options, env: { ...process.env, ...options.env } });
}

/** Installs dependencies when node_modules is missing or older than the lockfile. */
export function ensureDependencies() {
  const marker = path.join(root, "node_modules", ".package-lock.json");
  const lock = path.join(root, "package-lock.json");
  if (fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= fs.statSync(lock).mtimeMs) return;

  console.log("Installing dependencies (npm ci)…");
  run("npm", ["ci", "--no-audit", "--no-fund"]);
}

/** True when DATABASE_URL points at a PostgreSQL server rather than the embedded database. */
export function usesPostgresServer(environment = process.env) {
  return /^postgres(ql)?:\/\//.test(environment.DATABASE_URL ?? "");
}

/** Environment for every child process: no telemetry or update checks that would try the network. */
export const quietEnvironment = { NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };

const SOURCE_FOLDERS = ["app", "components", "lib", "prisma"];
const SOURCE_FILES = ["next.config.mjs", "package-lock.json", "instrumentation.ts", "postcss.config.mjs", "tsconfig.json"];

function newestSourceTime() {
  let newest = 0;
  const visit = (entry) => {
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) {
      if (path.basename(entry) === "generated") return;
      for (const child of fs.readdirSync(entry)) visit(path.join(entry, child));
    } else if (stat.mtimeMs > newest) {
      newest = stat.mtimeMs;
    }
  };
  for (const name of [...SOURCE_FOLDERS, ...SOURCE_FILES]) {
    const entry = path.join(root, name);
    if (fs.existsSync(entry)) visit(entry);
  }

  return newest;
}

/** Builds the app when there is no build yet or a source file changed since the last one. */
export function ensureBuild({ force = false } = {}) {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!force && fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs >= newestSourceTime()) return;

  console.log("Building the app (next build)…");
  run("node", ["node_modules/next/dist/bin/next", "build"], { env: quietEnvironment });
}
