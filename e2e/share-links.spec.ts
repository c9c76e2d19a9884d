import fs from "node:fs";

import { expect, test, type Page } from "@playwright/test";

import { createOrganization, signInAs, uniqueEmail } from "./support/auth";

const demoSlug = process.env.E2E_DEMO_SLUG!;
const demoOwner = process.env.E2E_DEMO_OWNER!;

// Unit prices of the reference case as the report formats them: Claude 3 Opus input, cached
// input and output, GPT-4 Turbo input and output, and the A100 GPU-hour.
const UNIT_PRICE_TEXTS = ["$15.00", "$1.50", "$75.00", "$10.00", "$30.00", "$4.10"];
const REFERENCE_NUMBERS = {
  "tco-claude-3-opus": "$262,500.00",
  "tco-gpt-4-turbo": "$125,000.00",
  "tco-chipnemo-70b": "$12,850.64",
  "saving-chipnemo-70b-vs-claude-3-opus": "95.1 %",
  "saving-chipnemo-70b-vs-gpt-4-turbo": "89.7 %",
};

async function openDemoReport(page: Page): Promise<string> {
  await signInAs(page, demoOwner, `/o/${demoSlug}`);
  await page.getByRole("link", { name: "ChipNeMo against frontier APIs" }).click();
  await page.waitForURL(/\/scenarios\/[^/]+$/);

  return new URL(page.url()).pathname;
}

async function createShareLink(
  page: Page,
  reportPath: string,
  options: { label: string; hideUnitPrices: boolean; follow?: "revision" | "latest"; scenarioName?: string },
): Promise<string> {
  await page.goto(reportPath);
  await page.getByRole("link", { name: "Share", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Share ${options.scenarioName ?? "ChipNeMo against frontier APIs"}`);

  await page.getByLabel("Label (optional)").fill(options.label);
  if (options.follow === "latest") await page.getByLabel(/^Always the latest revision/).check();
  else await page.getByLabel(/^Revision \d+, as saved/).check();
  if (options.hideUnitPrices) await page.getByLabel(/^Hide unit prices/).check();
  await page.getByRole("button", { name: "Create link" }).click();

  const created = page.getByTestId("created-share-url");
  await expect(created).toHaveValue(/\/r\/[A-Za-z0-9_-]{43}$/);

  return created.inputValue();
}

test("shared link opens the report without signing in until revoked", async ({ page, browser }) => {
  const reportPath = await openDemoReport(page);
  const label = `Board pack ${Date.now()}`;
  const url = await createShareLink(page, reportPath, { label, hideUnitPrices: false });

  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  const response = await visitor.goto(url);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
  expect(response?.headers()["x-robots-tag"]).toContain("noindex");
  await expect(visitor.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);

  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("ChipNeMo against frontier APIs");
  for (const [testId, text] of Object.entries(REFERENCE_NUMBERS)) await expect(visitor.getByTestId(testId)).toHaveText(text);
  // Unit prices are shown on this link, which proves the hidden-price test below can see them.
  await expect(visitor.getByTestId("assumptions-table")).toContainText("$75.00");

  const body = await visitor.locator("body").innerText();
  expect(body).not.toContain("Demo Chip Co");
  expect(body).not.toContain(demoOwner);
  expect(body).not.toContain("Sign out");
  expect(await visitor.locator(`a[href*="/o/"]`).count()).toBe(0);

  // The owner sees the view counted.
  await page.reload();
  const row = page.getByTestId("share-link-row").filter({ hasText: label });
  await expect(row.getByTestId("share-link-views")).toHaveText("1");

  await row.getByRole("button", { name: "Revoke" }).click();
  await expect(row).toContainText("revoked");

  const afterRevoke = await visitor.goto(url);
  expect(afterRevoke?.status()).toBe(404);
  await expect(visitor.getByRole("heading", { name: "Page not found" })).toBeVisible();
  expect(await visitor.title()).not.toContain("ChipNeMo");
  expect((await visitorContext.request.get(`${url}/export.csv`)).status()).toBe(404);

  const unknown = await visitor.goto(url.replace(/[A-Za-z0-9_-]{43}$/, "A".repeat(43)));
  expect(unknown?.status()).toBe(404);
  await visitorContext.close();
});

test("hidden unit prices reach neither the page nor its exports", async ({ page, browser }) => {
  const reportPath = await openDemoReport(page);
  const url = await createShareLink(page, reportPath, { label: `Vendor copy ${Date.now()}`, hideUnitPrices: true });

  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(url);
  for (const [testId, text] of Object.entries(REFERENCE_NUMBERS)) await expect(visitor.getByTestId(testId)).toHaveText(text);
  await expect(visitor.getByTestId("assumptions-table")).toContainText("hidden");

  const html = await (await visitorContext.request.get(url)).text();
  expect(html).toContain("$262,500.00");
  for (const price of UNIT_PRICE_TEXTS) expect(html, `page contains ${price}`).not.toContain(price);
  const head = await visitor.locator("head").innerHTML();
  for (const price of UNIT_PRICE_TEXTS) expect(head).not.toContain(price);

  const csv = await (await visitorContext.request.get(`${url}/export.csv`)).text();
  expect(csv).toContain("option,claude-3-opus,,,total,262500");
  expect(csv).not.toMatch(/PricePerMTok,(15|1\.5|75|10|30)\r/);
  expect(csv).not.toMatch(/^assumption,.*(PricePerMTok|GpuHourPrice|discount),/m);
  // The tornado keeps other inputs but no unit-price bar: its savings at low and high would reveal the price.
  expect(csv).toMatch(/^tornado,[^,]*,[^,]*,options\[2\]\.throughputTokensPerSecond,savingsAtLow,/m);
  expect(csv).not.toMatch(/(PricePerMTok|GpuHourPrice|pricePerSeatPerMonth|discount),(low|high|savingsAtLow|savingsAtHigh),/);

  const json = await (await visitorContext.request.get(`${url}/export.json`)).json();
  expect(json.options.find((option: { id: string }) => option.id === "claude-3-opus").total).toBeCloseTo(262_500, 2);
  expect(json.assumptions.some((row: { unitPrice: boolean }) => row.unitPrice)).toBe(false);
  expect(JSON.stringify(json)).not.toMatch(/"value":(15|1\.5|75|10|30|4\.1)[,}]/);
  expect(json.tornado.bars.map((bar: { input: string }) => bar.input).filter((input: string) => /(PricePerMTok|GpuHourPrice|discount)$/.test(input))).toEqual([]);
  await visitorContext.close();
});

test("signed-in report shows charts, sources and a CSV download", async ({ page, browser }) => {
  const reportPath = await openDemoReport(page);

  for (const [id, title] of [
    ["sweep", "TCO of each option by head count"],
    ["cumulative", "Cumulative cost by month"],
    ["accepted-answer", "Cost per accepted answer"],
    ["tornado", "Inputs that move the savings most"],
  ]) {
    const chart = page.getByTestId(`chart-${id}`);
    await expect(chart.locator("svg > title")).toHaveText(title);
    await expect(chart.locator("figcaption")).toHaveText(title);
    expect(await chart.locator("details table tbody tr").count()).toBeGreaterThan(0);
  }
  await expect(page.getByRole("img", { name: "TCO of each option by head count" })).toContainText("Engineers (log scale)");
  await expect(page.getByTestId("report-headline")).toContainText("ChipNeMo-70B is the cheapest option");
  await expect(page.getByTestId("report-headline")).toContainText("utilization serving mode");

  const assumptions = page.getByTestId("assumptions-table");
  await expect(assumptions).toContainText("https://www.anthropic.com/pricing");
  await expect(assumptions).toContainText("$75.00");
  await expect(assumptions).toContainText("2026-07-29");

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = fs.readFileSync(await download.path(), "utf8");
  expect(csv).toContain("option,claude-3-opus,,,total,262500");
  expect(csv).toContain("option,gpt-4-turbo,,,total,125000");
  expect(csv).toMatch(/option,chipnemo-70b,,,total,12850\.64/);

  // A stored revision reads from the values saved with it.
  await page.goto(`${reportPath}?revision=1`);
  await expect(page.getByTestId("report-provenance")).toContainText("values stored with this revision");
  await expect(page.getByTestId("tco-chipnemo-70b")).toHaveText("$12,850.64");
  expect((await page.goto(`${reportPath}?revision=999`))?.status()).toBe(404);

  // Without a session the export returns 404, like a missing report.
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(`${reportPath}/export.csv`)).status()).toBe(404);
  expect((await anonymous.request.get(`${reportPath}/export.json`)).status()).toBe(404);
  await anonymous.close();
});

test("share form rejects a past expiry and keeps the input", async ({ page }) => {
  const reportPath = await openDemoReport(page);
  await page.goto(`${reportPath}/share`);

  await page.getByLabel("Label (optional)").fill("Expired already");
  await page.getByLabel("Last day the link works (optional)").fill("2020-01-31");
  await page.getByLabel(/^Hide unit prices/).check();
  await page.getByRole("button", { name: "Create link" }).click();

  await expect(page.getByText("Pick a date from today on, or leave it empty for no expiry.")).toBeVisible();
  await expect(page.getByLabel("Last day the link works (optional)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Label (optional)")).toHaveValue("Expired already");
  await expect(page.getByLabel(/^Hide unit prices/)).toBeChecked();
  await expect(page.getByTestId("created-share-url")).toHaveCount(0);
});

test("outsider gets 404 for the share page and exports", async ({ page, browser }) => {
  const ownerContext = await browser.newContext();
  const reportPath = await openDemoReport(await ownerContext.newPage());
  await ownerContext.close();

  await signInAs(page, uniqueEmail("share-outsider"));
  await createOrganization(page, "Rival Fabless");

  const response = await page.goto(`${reportPath}/share`);
  expect(response?.status()).toBe(404);
  expect(await page.title()).not.toContain("ChipNeMo");
  expect(await page.locator("body").innerText()).not.toContain("ChipNeMo against frontier APIs");

  for (const path of [`${reportPath}/export.csv`, `${reportPath}/export.json`, `${reportPath}/export.csv?revision=1`]) {
    const exported = await page.request.get(path);
    expect(exported.status(), path).toBe(404);
    expect(await exported.text()).not.toContain("262500");
  }
});

test("pinned link keeps its numbers after an edit while a latest link follows", async ({ page, browser }) => {
  await signInAs(page, demoOwner, `/o/${demoSlug}`);
  // A copy of the demo scenario, so the original's numbers stay as other tests expect them.
  await page.getByRole("link", { name: "ChipNeMo against frontier APIs", exact: true }).click();
  await page.waitForURL(/\/scenarios\/[^/]+$/);
  await page.goto(`${new URL(page.url()).pathname}/history`);
  await page.getByRole("button", { name: "Duplicate" }).click();
  await page.waitForURL(/\/edit$/);
  const editPath = new URL(page.url()).pathname;
  const reportPath = editPath.replace(/\/edit$/, "");
  const copyName = "ChipNeMo against frontier APIs (copy)";

  const pinnedUrl = await createShareLink(page, reportPath, { label: "Pinned", hideUnitPrices: false, follow: "revision", scenarioName: copyName });
  const latestUrl = await createShareLink(page, reportPath, { label: "Latest", hideUnitPrices: false, follow: "latest", scenarioName: copyName });

  await page.goto(editPath);
  await page.getByLabel("Engineers", { exact: true }).fill("10");
  await page.getByRole("button", { name: "Save revision" }).click();
  await expect(page.getByTestId("save-status")).toHaveText("Saved as version 2.");

  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(pinnedUrl);
  await expect(visitor.getByTestId("tco-claude-3-opus")).toHaveText("$262,500.00");
  await expect(visitor.getByTestId("report-provenance")).toContainText("Revision 1");
  await visitor.goto(latestUrl);
  await expect(visitor.getByTestId("tco-claude-3-opus")).toHaveText("$2,625.00");
  await expect(visitor.getByTestId("tco-chipnemo-70b")).toHaveText("$550.64");
  await expect(visitor.getByTestId("report-provenance")).toContainText("Revision 2");

  // Archiving the copy takes its links down.
  await page.goto(`${reportPath}/history`);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Archive" }).click();
  await page.waitForURL(new RegExp(`/o/${demoSlug}$`));
  expect((await visitor.goto(pinnedUrl))?.status()).toBe(404);

  // The archived report is marked and offers neither Edit nor Share; the list shows it on request.
  await page.goto(reportPath);
  await expect(page.getByTestId("archived-badge")).toHaveText("Archived");
  await expect(page.getByRole("navigation", { name: "Scenario" }).getByRole("link", { name: "Edit" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Share" })).toHaveCount(0);
  const scenarioId = reportPath.split("/").pop()!;
  await page.goto(`/o/${demoSlug}`);
  await expect(page.locator(`a[href$="/scenarios/${scenarioId}"]`)).toHaveCount(0);
  await page.getByRole("link", { name: "Show archived scenarios" }).click();
  await expect(page.locator(`a[href$="/scenarios/${scenarioId}"]`)).toHaveCount(1);

  // Restoring it from the archive brings its links back.
  await page.goto(`${reportPath}/history`);
  await page.getByRole("button", { name: "Restore from archive" }).click();
  await expect(page.getByRole("button", { name: "Archive", exact: true })).toBeVisible();
  await expect(page.getByTestId("archived-badge")).toHaveCount(0);
  expect((await visitor.goto(pinnedUrl))?.status()).toBe(200);
  await expect(visitor.getByTestId("tco-claude-3-opus")).toHaveText("$262,500.00");

  // Archive it again: other tests read the organization's list.
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Archive", exact: true }).click();
  await page.waitForURL(new RegExp(`/o/${demoSlug}$`));
  await visitorContext.close();
});
