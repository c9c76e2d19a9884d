import { expect, test } from "@playwright/test";

import { signInAs } from "./support/auth";
import { DatabaseProxy, startServer, waitForHealth } from "./support/server";

const usesPostgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "");

test("production start without AUTH_SECRET stops", async () => {
  const server = startServer(3197, { AUTH_SECRET: "", NODE_ENV: "production" });
  const exitCode = await new Promise<number | null>((resolve) => server.process.on("exit", resolve));

  expect(exitCode).toBe(1);
  expect(server.output()).toContain("AUTH_SECRET is not set");
});

test("production start without AUTH_URL stops", async () => {
  const server = startServer(3196, { AUTH_URL: "", NODE_ENV: "production" });
  const exitCode = await new Promise<number | null>((resolve) => server.process.on("exit", resolve));

  expect(exitCode).toBe(1);
  expect(server.output()).toContain("AUTH_URL is not set");
});

test("database outage answers 503 and recovers", async ({ browser }) => {
  test.skip(!usesPostgres, "The embedded database runs inside the server process, so it cannot go away on its own.");

  const databaseUrl = new URL(process.env.DATABASE_URL!);
  const proxy = new DatabaseProxy(databaseUrl.hostname, Number(databaseUrl.port || 5432));
  const proxyPort = await proxy.listen();
  const proxiedUrl = new URL(databaseUrl);
  proxiedUrl.port = String(proxyPort);

  const port = 3198;
  const server = startServer(port, { DATABASE_URL: proxiedUrl.toString() });
  const context = await browser.newContext({ baseURL: `http://localhost:${port}` });
  const page = await context.newPage();
  const reportList = `/o/${process.env.E2E_DEMO_SLUG}`;
  try {
    await waitForHealth(port, 200);
    await signInAs(page, process.env.E2E_DEMO_OWNER!, reportList);

    await proxy.cut();
    await waitForHealth(port, 503);
    const health = await (await fetch(`http://127.0.0.1:${port}/api/health`)).json();
    expect(health).toMatchObject({ status: "unavailable", database: { ok: false } });

    // A page that needs the database shows the plain error page, with no stack trace.
    await page.goto(reportList);
    await expect(page.getByRole("heading", { name: "Something went wrong" })).toBeVisible();
    const body = await page.locator("body").innerText();
    expect(body).not.toMatch(/at .+\(.+:\d+:\d+\)/);
    expect(body).not.toContain("ECONNREFUSED");

    await proxy.listen(proxyPort);
    await waitForHealth(port, 200);
    await page.goto(reportList);
    await expect(page.getByRole("link", { name: "ChipNeMo against frontier APIs" })).toBeVisible();
  } finally {
    await context.close();
    server.process.kill();
    await proxy.cut();
  }
});
