import { expect, test, type Page } from "@playwright/test";

import { createOrganization, signInAs, uniqueEmail } from "./support/auth";

const demoSlug = process.env.E2E_DEMO_SLUG!;
const demoOwner = process.env.E2E_DEMO_OWNER!;

/** Opens the correction form of the Claude 3 Opus row that starts on 2024-03-04 and saves an output price. */
async function correctOpusOutputPrice(page: Page, slug: string, outputPrice: string) {
  await page.goto(`/o/${slug}/catalog`);
  await page.getByRole("link", { name: "Claude 3 Opus", exact: true }).click();
  await page.getByRole("link", { name: "Correct the row from 2024-03-04" }).click();
  await page.getByLabel("Output price per 1M tokens", { exact: true }).fill(outputPrice);
  await page.getByRole("button", { name: "Save correction" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Anthropic Claude 3 Opus");
}

async function opusTotal(page: Page) {
  await page.goto(`/o/${demoSlug}`);
  await page.getByRole("link", { name: "ChipNeMo against frontier APIs" }).click();

  return page.getByTestId("tco-claude-3-opus");
}

test("corrected price changes the report", async ({ page }) => {
  await signInAs(page, demoOwner, `/o/${demoSlug}/catalog`);
  await expect(await opusTotal(page)).toHaveText("$262,500.00");

  try {
    await correctOpusOutputPrice(page, demoSlug, "60");
    await expect(page.getByTestId("history-row-2024-03-04")).toContainText("$60.00");

    // 5,000,000 requests: 5e9 input tokens at $15/M plus 2.5e9 output tokens at $60/M.
    await expect(await opusTotal(page)).toHaveText("$225,000.00");

    await page.goto(`/o/${demoSlug}/audit`);
    const latest = page.getByTestId("audit-log").locator("tbody tr").first();
    await expect(latest).toContainText("apiModel.corrected");
    await expect(latest).toContainText(demoOwner);
    await expect(latest).toContainText("outputPricePerMTok: 75 → 60");
  } finally {
    // The demo organization is shared with other spec files: put the list price back.
    await correctOpusOutputPrice(page, demoSlug, "75");
  }

  await expect(await opusTotal(page)).toHaveText("$262,500.00");
});

test("price change keeps the history", async ({ page }) => {
  await signInAs(page, uniqueEmail("pricing"));
  const slug = await createOrganization(page, "Pricing History Co");

  await page.goto(`/o/${slug}/catalog`);
  await page.getByRole("link", { name: "GPT-4 Turbo", exact: true }).click();
  await page.getByRole("link", { name: "Change price" }).click();
  await page.getByLabel("Input price per 1M tokens", { exact: true }).fill("8");
  await page.getByLabel("Effective from").fill("2025-01-01");
  await page.getByRole("button", { name: "Save new price" }).click();

  const history = page.getByTestId("price-history");
  await expect(history.locator("tbody tr")).toHaveCount(2);
  await expect(page.getByTestId("history-row-2023-11-06")).toContainText("2025-01-01");
  await expect(page.getByTestId("history-row-2023-11-06")).toContainText("$10.00");
  await expect(page.getByTestId("history-row-2025-01-01")).toContainText("in force");
  await expect(page.getByTestId("history-row-2025-01-01")).toContainText("$8.00");

  // A second price starting on the same day is refused in favour of a correction.
  await page.getByRole("link", { name: "Change price" }).click();
  await page.getByLabel("Effective from").fill("2025-01-01");
  await page.getByRole("button", { name: "Save new price" }).click();
  await expect(page.getByText("A price of this entry already starts on this date.")).toBeVisible();
});

test("rejected form keeps what was typed", async ({ page }) => {
  await signInAs(page, uniqueEmail("typist"));
  const slug = await createOrganization(page, "Typo Labs");

  await page.goto(`/o/${slug}/catalog`);
  await page.getByRole("link", { name: "Add API model price" }).click();
  await page.getByLabel("Provider", { exact: true }).fill("Acme AI");
  await page.getByLabel("Model", { exact: true }).fill("Acme Coder");
  await page.getByLabel("Input price per 1M tokens", { exact: true }).fill("15 $");
  await page.getByLabel("Output price per 1M tokens", { exact: true }).fill("-3");
  await page.getByLabel("Negotiated discount (%)").fill("150");
  await page.getByRole("button", { name: "Add entry" }).click();

  const input = page.getByLabel("Input price per 1M tokens", { exact: true });
  await expect(page.locator("#entry-inputPricePerMTok-error")).toHaveText("Enter a plain number such as 15 or 2.5, without currency signs or units.");
  await expect(page.locator("#entry-outputPricePerMTok-error")).toHaveText("Must be at least 0 per 1M tokens.");
  await expect(page.locator("#entry-discount-error")).toHaveText("Must be less than 100 %.");
  await expect(input).toHaveAttribute("aria-invalid", "true");
  await expect(input).toHaveAttribute("aria-describedby", /entry-inputPricePerMTok-error/);
  await expect(page.getByRole("status")).toContainText("Some values need fixing");
  await expect(input).toHaveValue("15 $");
  await expect(page.getByLabel("Output price per 1M tokens", { exact: true })).toHaveValue("-3");
  await expect(page.getByLabel("Provider", { exact: true })).toHaveValue("Acme AI");
  await expect(page.getByLabel("Model", { exact: true })).toHaveValue("Acme Coder");

  // Fixing the fields saves the entry.
  await input.fill("15");
  await page.getByLabel("Output price per 1M tokens", { exact: true }).fill("60");
  await page.getByLabel("Negotiated discount (%)").fill("10");
  await page.getByRole("button", { name: "Add entry" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Acme AI Acme Coder");
  await expect(page.getByText("Key acme-ai/acme-coder")).toBeVisible();
});

test("retired entry shows a named problem", async ({ page }) => {
  await signInAs(page, demoOwner, `/o/${demoSlug}/catalog`);
  await page.getByRole("link", { name: "Claude 3 Opus", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Anthropic Claude 3 Opus");
  const entryUrl = page.url();

  // The warning lists the scenario before anything is retired, and an entry in use has no delete button.
  await expect(page.getByTestId("usage-warning")).toContainText("ChipNeMo against frontier APIs");
  await expect(page.getByRole("button", { name: "Delete" })).toHaveCount(0);

  try {
    await page.getByRole("button", { name: "Retire" }).click();
    await expect(page.getByRole("button", { name: "Restore" })).toBeVisible();

    await page.goto(`/o/${demoSlug}`);
    await page.getByRole("link", { name: "ChipNeMo against frontier APIs" }).click();
    await expect(page.getByTestId("report-problems")).toContainText('refers to API model "anthropic/claude-3-opus", which is retired');
    await expect(page.getByTestId("tco-claude-3-opus")).toHaveCount(0);
  } finally {
    // The demo organization is shared with other spec files: bring the entry back.
    await page.goto(entryUrl);
    if (await page.getByRole("button", { name: "Restore" }).isVisible()) await page.getByRole("button", { name: "Restore" }).click();
    await expect(page.getByRole("button", { name: "Retire" })).toBeVisible();
  }
});

test("imported file applies after preview", async ({ page }) => {
  await signInAs(page, uniqueEmail("importer"));
  const slug = await createOrganization(page, "Import Co");

  const csv = [
    "provider,model,input_per_mtok,cached_input_per_mtok,output_per_mtok,discount_percent,effective_from,notes",
    "Anthropic,Claude 3 Opus,15,1.5,75,0,2024-03-04,",
    'Acme,Acme Coder,"2,5",,10,0,2026-01-01,"=HYPERLINK(""http://localhost"")"',
  ].join("\n");

  await page.goto(`/o/${slug}/catalog`);
  await page.getByRole("link", { name: "Import prices" }).click();
  await page.getByLabel("File").setInputFiles({ name: "prices.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Preview" }).click();

  const preview = page.getByTestId("import-preview");
  await expect(preview).toContainText("Same prices as the catalog row from 2024-03-04.");
  await expect(preview).toContainText("New model.");

  // Nothing is written before the confirmation.
  await page.goto(`/o/${slug}/catalog`);
  await expect(page.getByRole("link", { name: "Acme Coder" })).toHaveCount(0);

  await page.goBack();
  await page.getByLabel("File").setInputFiles({ name: "prices.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Preview" }).click();
  await page.getByRole("button", { name: "Confirm import of 1 row" }).click();
  await expect(page.getByTestId("import-result")).toHaveText("Imported: 1 added, 0 updated.");
  await expect(page.getByTestId("api-model-acme/acme-coder")).toContainText("$2.50");

  // The export neutralizes the formula-like note.
  const exported = await page.request.get(`/o/${slug}/catalog/export`);
  expect(exported.headers()["content-type"]).toContain("text/csv");
  const text = await exported.text();
  expect(text).toContain(`"'=HYPERLINK(""http://localhost"")"`);
  expect(text).toContain("Acme,Acme Coder,2.5,,10,0,2026-01-01");
});

test("import confirmed after another edit shows a new preview", async ({ page, context }) => {
  await signInAs(page, uniqueEmail("import-conflict"));
  const slug = await createOrganization(page, "Import Conflict Co");
  const csv = ["provider,model,input_per_mtok,cached_input_per_mtok,output_per_mtok,discount_percent,effective_from", "Anthropic,Claude 3 Opus,15,1.5,70,0,2024-03-04"].join("\n");

  await page.goto(`/o/${slug}/catalog/import`);
  await page.getByLabel("File").setInputFiles({ name: "prices.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("import-preview")).toContainText("Corrects the catalog row from 2024-03-04.");

  // Another tab edits the catalog between the preview and the confirmation.
  const other = await context.newPage();
  await correctOpusOutputPrice(other, slug, "60");
  await other.close();

  await page.getByRole("button", { name: "Confirm import of 1 row" }).click();
  await expect(page.locator("#import-status")).toHaveText("The catalog changed since your preview (another person edited it). Review the preview again.");
  await expect(page.getByRole("heading", { name: /^Preview of prices\.csv/ })).toBeVisible();
  await expect(page.getByTestId("import-preview")).toContainText("Corrects the catalog row from 2024-03-04.");

  await page.getByRole("button", { name: "Confirm import of 1 row" }).click();
  await expect(page.getByTestId("import-result")).toHaveText("Imported: 0 added, 1 updated.");
  await page.getByRole("link", { name: "Claude 3 Opus", exact: true }).click();
  await expect(page.getByTestId("history-row-2024-03-04")).toContainText("$70.00");
});

test("team form validates and saves", async ({ page }) => {
  await signInAs(page, uniqueEmail("teams"));
  const slug = await createOrganization(page, "Team Co");

  await page.goto(`/o/${slug}/teams`);
  await page.getByRole("link", { name: "Add team" }).click();
  await page.getByLabel("Team name").fill("Verification");
  await page.getByLabel("Engineers").fill("12.5");
  await page.getByLabel("Adoption (%)").fill("120");
  await page.getByRole("button", { name: "Add team" }).click();

  await expect(page.locator("#entry-engineers-error")).toHaveText("Enter a whole number.");
  await expect(page.locator("#entry-adoption-error")).toHaveText("Must be at most 100 %.");
  await expect(page.getByLabel("Engineers")).toHaveValue("12.5");

  await page.getByLabel("Engineers").fill("1,200");
  await page.getByLabel("Adoption (%)").fill("75");
  await page.getByRole("button", { name: "Add team" }).click();
  const row = page.getByTestId("team-Verification");
  await expect(row).toContainText("1,200");
  await expect(row).toContainText("75.0 %");

  // An unused team can be deleted.
  await row.getByRole("link", { name: "Edit Verification" }).click();
  await expect(page.getByText("No scenario uses this entry.")).toBeVisible();
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("heading", { name: "Teams" })).toBeVisible();
  await expect(page.getByTestId("team-Verification")).toHaveCount(0);
});

test("an import file over the size limit is refused with the limit on the field", async ({ page, browser }) => {
  await signInAs(page, uniqueEmail("big-importer"));
  const slug = await createOrganization(page, "Big Import Co");
  const header = "provider,model,input_per_mtok,cached_input_per_mtok,output_per_mtok,discount_percent,effective_from,notes\n";
  const oversized = Buffer.from(header + "Acme,Acme Coder,1,,2,0,2026-01-01,padding\n".repeat(48_000));
  expect(oversized.length).toBeGreaterThan(2_000_000);
  const message = `Files up to 1 MB; this one is ${(oversized.length / 1_000_000).toFixed(1)} MB. Split it or remove rows.`;

  // In the browser: the field shows the limit as soon as the file is chosen, and nothing is uploaded.
  await page.goto(`/o/${slug}/catalog/import`);
  await page.getByLabel("File").setInputFiles({ name: "big.csv", mimeType: "text/csv", buffer: oversized });
  await expect(page.getByLabel("File")).toHaveAccessibleDescription(new RegExp(message.replace(/[.]/g, "\\.")));
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByText(message)).toBeVisible();
  await expect(page.getByTestId("import-preview")).toHaveCount(0);

  // Without JavaScript the form posts the file itself: the server responds with the same message,
  // not a 413 error page.
  const noScript = await browser.newContext({ storageState: await page.context().storageState(), javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(`/o/${slug}/catalog/import`);
  await plain.getByLabel("File").setInputFiles({ name: "big.csv", mimeType: "text/csv", buffer: oversized });
  await plain.getByRole("button", { name: "Preview" }).click();
  await expect(plain.getByText(message)).toBeVisible();
  await expect(plain.getByText("Something went wrong")).toHaveCount(0);
  await noScript.close();
});
