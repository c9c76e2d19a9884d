import { expect, test } from "@playwright/test";

import { createOrganization, signInAs, uniqueEmail } from "./support/auth";

const demoSlug = process.env.E2E_DEMO_SLUG!;
const demoOwner = process.env.E2E_DEMO_OWNER!;

test("health endpoint reports the database", async ({ request }) => {
  const response = await request.get("/api/health");

  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: { ok: true } });
});

test("signed-out visit goes to sign-in and back", async ({ page }) => {
  await page.goto(`/o/${demoSlug}`);

  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe(`/o/${demoSlug}`);
});

test("invalid email keeps the input and names the fix", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Work email").fill("not-an-email");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();

  await expect(page.getByText("Enter an email address such as name@example.com.")).toBeVisible();
  await expect(page.getByLabel("Work email")).toHaveValue("not-an-email");
});

test("owner reads the demo report with reference numbers", async ({ page }) => {
  await signInAs(page, demoOwner, `/o/${demoSlug}`);
  await expect(page).toHaveURL(new RegExp(`/o/${demoSlug}$`));

  await page.getByRole("link", { name: "ChipNeMo against frontier APIs" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ChipNeMo against frontier APIs");

  await expect(page.getByTestId("tco-claude-3-opus")).toHaveText("$262,500.00");
  await expect(page.getByTestId("tco-gpt-4-turbo")).toHaveText("$125,000.00");
  await expect(page.getByTestId("tco-chipnemo-70b")).toHaveText("$12,850.64");
  await expect(page.getByTestId("saving-chipnemo-70b-vs-claude-3-opus")).toHaveText("95.1 %");
  await expect(page.getByTestId("saving-chipnemo-70b-vs-gpt-4-turbo")).toHaveText("89.7 %");
  await expect(page.getByTestId("serving-mode-chipnemo-70b")).toContainText("Utilization mode");
  await expect(page).toHaveTitle(/ChipNeMo against frontier APIs/);

  // Sign out ends the session: the report requires sign-in again.
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.goto(`/o/${demoSlug}`);
  await expect(page).toHaveURL(/\/login/);
});

test("another organization's report answers 404", async ({ page, browser }) => {
  const ownerContext = await browser.newContext();
  const ownerPage = await ownerContext.newPage();
  await signInAs(ownerPage, demoOwner, `/o/${demoSlug}`);
  await ownerPage.getByRole("link", { name: "ChipNeMo against frontier APIs" }).click();
  await ownerPage.waitForURL(/\/scenarios\//);
  const reportPath = new URL(ownerPage.url()).pathname;
  await ownerContext.close();

  const outsider = uniqueEmail("outsider");
  await signInAs(page, outsider);
  await createOrganization(page, "Rival Silicon");

  for (const path of [reportPath, `/o/${demoSlug}`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();

    const body = await page.locator("body").innerText();
    expect(body).not.toContain("Demo Chip Co");
    expect(body).not.toContain("ChipNeMo against frontier APIs");
    expect(await page.title()).not.toContain("Demo Chip Co");
    expect(await page.title()).not.toContain("ChipNeMo");
  }
});

test("the app icon is served to browsers that ask for it", async ({ page }) => {
  const favicon = await page.request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toContain("image/");

  await page.goto("/login");
  const href = await page.locator('link[rel="icon"][type="image/svg+xml"]').getAttribute("href");
  const icon = await page.request.get(href!);
  expect(icon.status()).toBe(200);
  expect(await icon.text()).toContain("<svg");
});
