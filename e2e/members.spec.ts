import { expect, test } from "@playwright/test";

import { createOrganization, signInAs, uniqueEmail, waitForMailLink } from "./support/auth";

const OPUS_ROW = "api-model-anthropic/claude-3-opus";

test("viewer joins by invitation and cannot edit", async ({ page: ownerPage, browser, baseURL }) => {
  const owner = uniqueEmail("owner");
  const viewer = uniqueEmail("viewer");
  await signInAs(ownerPage, owner);
  const slug = await createOrganization(ownerPage, "Invite Test Co");

  await ownerPage.goto(`/o/${slug}/members`);
  await ownerPage.getByLabel("Email", { exact: true }).fill(viewer);
  await ownerPage.getByLabel("Role", { exact: true }).selectOption("viewer");
  await ownerPage.getByRole("button", { name: "Send invitation" }).click();
  await expect(ownerPage.getByText(`Invitation sent to ${viewer}.`)).toBeVisible();
  const link = await waitForMailLink(viewer, 0);
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);

  // Signing in from the invitation link comes back to it.
  const viewerContext = await browser.newContext();
  const viewerPage = await viewerContext.newPage();
  await signInAs(viewerPage, viewer, new URL(link).pathname);
  await expect(viewerPage.getByRole("heading", { name: "Join Invite Test Co" })).toBeVisible();
  await viewerPage.getByRole("button", { name: "Accept invitation" }).click();
  await viewerPage.waitForURL(new RegExp(`/o/${slug}$`));

  // The viewer reads the catalog without edit controls.
  await viewerPage.goto(`/o/${slug}/catalog`);
  await expect(viewerPage.getByTestId(OPUS_ROW)).toContainText("$75.00");
  await expect(viewerPage.getByRole("link", { name: /^Add / })).toHaveCount(0);
  await viewerPage.getByRole("link", { name: "Claude 3 Opus", exact: true }).click();
  await expect(viewerPage.getByRole("heading", { level: 1 })).toHaveText("Anthropic Claude 3 Opus");
  const entryPath = new URL(viewerPage.url()).pathname;
  await expect(viewerPage.getByRole("link", { name: "Change price" })).toHaveCount(0);
  await expect(viewerPage.getByRole("link", { name: /Correct/ })).toHaveCount(0);
  await expect(viewerPage.getByRole("button", { name: "Retire" })).toHaveCount(0);

  // The edit page responds with 404 to a viewer.
  const editResponse = await viewerPage.goto(`${entryPath}/edit`);
  expect(editResponse?.status()).toBe(404);
  await viewerPage.goto(`/o/${slug}/teams`);
  await expect(viewerPage.getByRole("link", { name: "Add team" })).toHaveCount(0);
  expect((await viewerPage.goto(`/o/${slug}/teams/new`))?.status()).toBe(404);

  // The server action rejects the viewer even with a well-formed submission: the owner's
  // form, filled but not submitted, is posted with the viewer's session.
  await ownerPage.goto(`${entryPath}/edit`);
  await ownerPage.getByLabel("Output price per 1M tokens").fill("61");
  const fields = await ownerPage.locator("form").filter({ has: ownerPage.getByLabel("Output price per 1M tokens") }).evaluate((form) =>
    Object.fromEntries([...new FormData(form as HTMLFormElement).entries()].map(([name, value]) => [name, String(value)])),
  );
  const post = (request: typeof viewerContext.request) => request.post(`${entryPath}/edit`, { multipart: fields, headers: { Origin: baseURL! }, maxRedirects: 0 });

  const refused = await post(viewerContext.request);
  expect(refused.status()).toBeLessThan(500);
  await viewerPage.goto(`/o/${slug}/catalog`);
  await expect(viewerPage.getByTestId(OPUS_ROW)).toContainText("$75.00");

  // The same submission with the owner's session does change the price.
  const accepted = await post(ownerPage.context().request);
  expect(accepted.status()).toBeLessThan(500);
  await viewerPage.reload();
  await expect(viewerPage.getByTestId(OPUS_ROW)).toContainText("$61.00");

  // The owner sees the new member and cannot demote the last owner.
  await ownerPage.goto(`/o/${slug}/members`);
  await expect(ownerPage.getByTestId(`member-${viewer}`)).toContainText("viewer");
  const ownerRow = ownerPage.getByTestId(`member-${owner}`);
  await ownerRow.getByLabel(`Role of ${owner}`).selectOption("editor");
  await ownerRow.getByRole("button", { name: "Change role" }).click();
  await expect(ownerRow.getByText("An organization needs at least one owner.")).toBeVisible();

  // The audit log, readable by the viewer, records the join and the price change.
  await viewerPage.goto(`/o/${slug}/audit`);
  await expect(viewerPage.getByTestId("audit-log")).toContainText("member.joined");
  await expect(viewerPage.getByTestId("audit-log")).toContainText("outputPricePerMTok: 75 → 61");
  await viewerContext.close();
});

test("revoked invitation cannot be used", async ({ page: ownerPage, browser }) => {
  const guest = uniqueEmail("guest");
  await signInAs(ownerPage, uniqueEmail("revoker"));
  const slug = await createOrganization(ownerPage, "Revoke Test Co");

  await ownerPage.goto(`/o/${slug}/members`);
  await ownerPage.getByLabel("Email", { exact: true }).fill(guest);
  await ownerPage.getByRole("button", { name: "Send invitation" }).click();
  const link = await waitForMailLink(guest, 0);
  await ownerPage.getByRole("button", { name: `Revoke the invitation of ${guest}` }).click();
  await expect(ownerPage.getByTestId(`invitation-${guest}`)).toHaveCount(0);

  const guestContext = await browser.newContext();
  const guestPage = await guestContext.newPage();
  await signInAs(guestPage, guest, new URL(link).pathname);
  await expect(guestPage.getByRole("heading", { name: "Invitation not valid" })).toBeVisible();
  expect((await guestPage.goto(`/o/${slug}/catalog`))?.status()).toBe(404);
  await guestContext.close();
});

test("owner changes the currency", async ({ page }) => {
  await signInAs(page, uniqueEmail("treasurer"));
  const slug = await createOrganization(page, "Euro Co");

  await page.goto(`/o/${slug}/settings`);
  await page.getByLabel("Currency (ISO 4217)").fill("XYZ");
  await page.getByRole("button", { name: "Save currency" }).click();
  await expect(page.locator("#org-currency-error")).toHaveText("This is not an ISO 4217 currency code; use one such as USD, EUR or JPY.");
  await expect(page.getByLabel("Currency (ISO 4217)")).toHaveValue("XYZ");

  await page.getByLabel("Currency (ISO 4217)").fill("eur");
  await page.getByRole("button", { name: "Save currency" }).click();
  await expect(page.getByLabel("Currency (ISO 4217)")).toHaveValue("EUR");

  await page.goto(`/o/${slug}/catalog`);
  await expect(page.getByTestId("api-model-anthropic/claude-3-opus")).toContainText("€75.00");
});
