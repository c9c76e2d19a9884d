#!/usr/bin/env node
// HTTP benchmark of the report pages: builds the app, prepares a PostgreSQL database with a demo
// organization, a share link and a signed-in session, starts `next start` on 127.0.0.1 and loads
// the shared report and the signed-in report with autocannon.
//
//   npm run bench:http
//   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/other BENCH_PORT=3117 BENCH_SECONDS=15 npm run bench:http
import { execFileSync } from "node:child_process";
import os from "node:os";

import autocannon from "autocannon";

import { ensureBuild, quietEnvironment, root, run, startProcess } from "./lib.mjs";

const databaseUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/tco_bench";
const port = Number(process.env.BENCH_PORT ?? 3116);
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const origin = `http://127.0.0.1:${port}`;

if (!["127.0.0.1", "localhost"].includes(new URL(databaseUrl).hostname)) {
  console.error(`The benchmark runs only against a database on this machine; BENCH_DATABASE_URL is ${databaseUrl}.`);
  process.exit(2);
}

const environment = {
  ...quietEnvironment,
  DATABASE_URL: databaseUrl,
  AUTH_SECRET: process.env.AUTH_SECRET ?? "http-benchmark-only-secret-0123456789",
  AUTH_URL: `http://localhost:${port}`,
  LOG_LEVEL: "warn",
};

run("npx", ["prisma", "migrate", "deploy"], { env: environment });
ensureBuild();
const setupOutput = execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/bench-http-setup.ts"], {
  cwd: root,
  env: { ...process.env, ...environment },
  encoding: "utf8",
});
const { reportPath, sharePath, sessionToken } = JSON.parse(setupOutput.trim().split("\n").pop());

const server = startProcess("node", ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)], {
  env: { ...environment, NODE_ENV: "production" },
  stdio: ["ignore", "ignore", "inherit"],
});
process.on("exit", () => server.kill("SIGTERM"));

async function waitForServer() {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server did not respond on ${origin} within 60 s.`);
}

/** Loads the page once, checks that it is the report and not a sign-in page or an error. */
async function checkPage(path, headers) {
  const response = await fetch(`${origin}${path}`, { headers, redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200 || !body.includes("$262,500.00")) {
    throw new Error(`GET ${path} returned ${response.status} without the report's numbers; the benchmark would measure the wrong page.`);
  }
}

function load(title, path, headers) {
  return new Promise((resolve, reject) => {
    autocannon({ url: `${origin}${path}`, connections, duration: seconds, headers, title }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

await waitForServer();
const targets = [
  { title: "Shared report /r/[token]", path: sharePath, headers: {} },
  { title: "Signed-in report /o/[org]/scenarios/[id]", path: reportPath, headers: { cookie: `authjs.session-token=${sessionToken}` } },
];

const rows = [];
for (const target of targets) {
  await checkPage(target.path, target.headers);
  // A short warm-up fills the report cache and lets the JIT settle before the measured run.
  await new Promise((resolve, reject) => autocannon({ url: `${origin}${target.path}`, connections, duration: 3, headers: target.headers }, (error) => (error ? reject(error) : resolve())));
  const result = await load(target.title, target.path, target.headers);
  rows.push({
    page: target.title,
    "requests/s": Math.round(result.requests.average),
    "p50 ms": result.latency.p50,
    "p99 ms": result.latency.p99,
    "non-2xx": result.non2xx,
    errors: result.errors + result.timeouts,
  });
}

console.log(`\n${connections} connections, ${seconds} s per page, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? "unknown"}), Node ${process.version}`);
console.table(rows);
server.kill("SIGTERM");
process.exit(0);
