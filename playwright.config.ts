import { defineConfig } from "@playwright/test";

const port = process.env.E2E_PORT ?? "3100";

// Auth.js builds its callback URLs on "localhost"; a browser on 127.0.0.1 would lose the session cookie.
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "e2e",
  // One worker: the tests share one server and, on the embedded database, one PGlite process.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    browserName: "chromium",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH,
      // No background traffic: this machine reaches only localhost.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost",
      ],
    },
  },
  webServer: {
    command: `node node_modules/next/dist/bin/next start -H 127.0.0.1 -p ${port}`,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
