import { expect, test, type Browser, type Page } from "@playwright/test";

import { createOrganization, signInAs, uniqueEmail } from "./support/auth";

const demoSlug = process.env.E2E_DEMO_SLUG!;
const demoOwner = process.env.E2E_DEMO_OWNER!;
const demoScenario = "ChipNeMo against frontier APIs";

async function signedInPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, demoOwner, `/o/${demoSlug}`);

  return page;
}

/** Copies the demo scenario through its history page, so these tests never change the original. Returns the copy's editor path. */
async function duplicateDemoScenario(page: Page): Promise<string> {
  await page.goto(`/o/${demoSlug}`);
  await page.getByRole("link", { name: demoScenario, exact: true }).click();
  await page.waitForURL(/\/scenarios\/[^/]+$/);
  await page.goto(`${new URL(page.url()).pathname}/history`);
  await page.getByRole("button", { name: "Duplicate" }).click();
  await page.waitForURL(/\/edit$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit ${demoScenario} (copy)`);

  return new URL(page.url()).pathname;
}

/** Archives the copy, which hides it from the organization's list that other tests read. */
async function archive(page: Page, editPath: string) {
  await page.goto(editPath.replace(/\/edit$/, "/history"));
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Archive" }).click();
  await page.waitForURL(new RegExp(`/o/${demoSlug}$`));
}

test("the live preview follows the inputs and names an invalid value", async ({ browser }) => {
  const page = await signedInPage(browser);
  const editPath = await duplicateDemoScenario(page);

  await expect(page.getByTestId("preview-tco-claude-3-opus")).toHaveText("$262,500.00");
  // Names and amounts keep a gap between them, and each amount stays on one line.
  for (const id of ["claude-3-opus", "gpt-4-turbo", "chipnemo-70b"]) {
    const name = await page.getByTestId(`preview-name-${id}`).boundingBox();
    const amount = await page.getByTestId(`preview-tco-${id}`).boundingBox();
    expect(name!.x + name!.width + 8, id).toBeLessThanOrEqual(amount!.x);
    expect(amount!.height, id).toBeLessThan(24);
  }
  await page.getByLabel("Engineers", { exact: true }).fill("10");
  await expect(page.getByTestId("preview-tco-claude-3-opus")).toHaveText("$2,625.00");
  await expect(page.getByTestId("preview-tco-gpt-4-turbo")).toHaveText("$1,250.00");
  await expect(page.getByTestId("preview-tco-chipnemo-70b")).toHaveText("$550.64");

  // Unsaved edits survive a reload of the tab.
  await page.reload();
  await expect(page.getByLabel("Engineers", { exact: true })).toHaveValue("10");
  await expect(page.getByTestId("save-status")).toContainText("unsaved edits");
  await expect(page.getByTestId("preview-tco-claude-3-opus")).toHaveText("$2,625.00");

  const utilization = page.getByLabel("Utilization (%)", { exact: true });
  await utilization.fill("150");
  await expect(page.getByTestId("preview-invalid")).toBeVisible();
  await expect(utilization).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(`#${await utilization.getAttribute("aria-describedby")}`)).toHaveText("Utilization (%) must be > 0 % and <= 100 %.");
  // A range on an uncertain field: the preview evaluates its mode.
  await page.getByRole("button", { name: "Utilization (%): set a range" }).click();
  await page.getByLabel("Utilization (%): min", { exact: true }).fill("50");
  await page.getByLabel("Utilization (%): mode", { exact: true }).fill("100");
  await page.getByLabel("Utilization (%): max", { exact: true }).fill("100");
  await expect(page.getByTestId("preview-tco-chipnemo-70b")).toHaveText("$550.64");
  await page.getByLabel("Utilization (%): mode", { exact: true }).fill("50");
  await expect(page.getByTestId("preview-tco-chipnemo-70b")).not.toHaveText("$550.64");

  await page.getByLabel("Engineers", { exact: true }).fill("ten");
  await expect(page.getByText('"ten" is not a number.')).toBeVisible();

  await archive(page, editPath);
  await expect(page.getByRole("link", { name: `${demoScenario} (copy)` })).toHaveCount(0);
});

test("a second save on an old version meets the conflict view and keeps both people's edits", async ({ browser }) => {
  const first = await signedInPage(browser);
  const editPath = await duplicateDemoScenario(first);
  const second = await signedInPage(browser);
  await second.goto(editPath);
  await expect(second.getByTestId("editing-version")).toHaveText("Editing on version 1");

  await first.getByLabel("Years", { exact: true }).fill("2");
  await first.getByLabel("What changed (optional)").fill("Two-year horizon");
  await first.getByRole("button", { name: "Save revision" }).click();
  await expect(first.getByTestId("save-status")).toHaveText("Saved as version 2.");

  await second.getByLabel("Engineers", { exact: true }).fill("10");
  await second.getByRole("button", { name: "Save revision" }).click();

  const conflict = second.getByTestId("conflict-view");
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText("Two-year horizon");
  await expect(second.getByTestId("conflict-theirs")).toContainText("horizon.years");
  await expect(second.getByTestId("conflict-mine")).toContainText("teams[0].overrides.engineers");
  await expect(second.getByTestId("conflict-mine")).not.toContainText("horizon.years");
  // Nothing typed is lost while the conflict is open.
  await expect(second.getByLabel("Engineers", { exact: true })).toHaveValue("10");

  await second.getByRole("button", { name: "Re-apply my edits on version 2" }).click();
  await expect(conflict).toBeHidden();
  await expect(second.getByLabel("Years", { exact: true })).toHaveValue("2");
  await expect(second.getByLabel("Engineers", { exact: true })).toHaveValue("10");
  await expect(second.getByTestId("preview-tco-claude-3-opus")).toHaveText("$5,250.00");
  await second.getByRole("button", { name: "Save revision" }).click();
  await expect(second.getByTestId("save-status")).toHaveText("Saved as version 3.");

  // The final revision carries both changes: the history's diff from revision 1 to 3 lists them.
  await second.goto(`${editPath.replace(/\/edit$/, "/history")}?from=1&to=3`);
  await expect(second.getByTestId("revision-3")).toBeVisible();
  await expect(second.getByTestId("revision-2")).toContainText("Two-year horizon");
  const diff = second.getByTestId("revision-diff");
  await expect(diff.getByRole("row", { name: /horizon\.years/ })).toContainText("2");
  await expect(diff.getByRole("row", { name: /teams\[0\]\.overrides\.engineers/ })).toContainText("10");
  await expect(second.getByTestId("activity")).toContainText("saved a revision (version 3), changed teams[0].overrides.engineers");
  await expect(second.getByTestId("activity")).toContainText("saved a revision (version 2: Two-year horizon), changed horizon.years");

  await archive(second, editPath);
});

test("restoring an old revision adds a new one, and comments keep their author", async ({ browser }) => {
  const page = await signedInPage(browser);
  const editPath = await duplicateDemoScenario(page);
  await page.getByLabel("Years", { exact: true }).fill("4");
  await page.getByRole("button", { name: "Save revision" }).click();
  await expect(page.getByTestId("save-status")).toHaveText("Saved as version 2.");

  const historyPath = editPath.replace(/\/edit$/, "/history");
  await page.goto(historyPath);
  await page.getByRole("button", { name: "Restore revision 1" }).click();
  await expect(page.getByTestId("revision-3")).toContainText("Restored revision 1");
  await page.goto(`${historyPath}?from=1&to=3`);
  await expect(page.getByTestId("revision-diff")).toHaveCount(0);
  await expect(page.getByText("No changes.")).toBeVisible();

  await page.getByLabel("Add a comment").fill("Four years was too long.");
  await page.getByLabel("About revision").selectOption("2");
  await page.getByRole("button", { name: "Post comment" }).click();
  const comment = page.getByTestId("comment");
  await expect(comment).toContainText("Four years was too long.");
  await expect(comment).toContainText("about revision 2");

  await comment.getByRole("button", { name: "Edit" }).click();
  await page.getByLabel("Edit comment").fill("Four years was too long for this plan.");
  await page.getByRole("button", { name: "Save comment" }).click();
  await expect(comment).toContainText("Four years was too long for this plan.");
  await comment.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByTestId("comment")).toHaveCount(0);

  await archive(page, editPath);
});

test("a new scenario starts from the catalog and opens in the editor", async ({ browser }) => {
  const page = await signedInPage(browser);
  await page.getByRole("button", { name: "New scenario" }).click();
  await page.getByRole("button", { name: "Create scenario" }).click();
  await expect(page.getByText("Enter a name for the scenario.")).toBeVisible();

  await page.getByLabel("Scenario name").fill("Pilot for the verification team");
  await page.getByLabel("Description (optional)").fill("First look");
  await page.getByRole("button", { name: "Create scenario" }).click();
  await page.waitForURL(/\/edit$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit Pilot for the verification team");
  await expect(page.getByTestId("editing-version")).toHaveText("Editing on version 1");
  await expect(page.getByTestId("live-preview").getByRole("row")).toHaveCount(3);

  await archive(page, new URL(page.url()).pathname);
});

test("comparing the original with a changed copy highlights the differences", async ({ browser }) => {
  const page = await signedInPage(browser);
  const editPath = await duplicateDemoScenario(page);
  await page.getByLabel("Engineers", { exact: true }).fill("10");
  await page.getByRole("button", { name: "Save revision" }).click();
  await expect(page.getByTestId("save-status")).toHaveText("Saved as version 2.");

  await page.goto(`/o/${demoSlug}`);
  await page.getByRole("checkbox", { name: `Compare ${demoScenario}`, exact: true }).check();
  await page.getByRole("checkbox", { name: `Compare ${demoScenario} (copy)`, exact: true }).check();
  await page.getByRole("button", { name: "Compare selected (2 to 4)" }).click();
  await page.waitForURL(/\/compare\?/);

  // Columns follow the list, newest first: the copy, then the original.
  const results = page.getByTestId("compare-results");
  await expect(results.getByRole("columnheader").nth(1)).toContainText(`${demoScenario} (copy)`);
  const opus = results.getByRole("row", { name: /Claude 3 Opus/ });
  await expect(opus.getByRole("cell").nth(0)).toHaveText("$2,625.00");
  await expect(opus.getByRole("cell").nth(1)).toHaveText("$262,500.00");
  await expect(opus.getByRole("cell").nth(1)).toHaveAttribute("data-differs", "true");
  const engineers = page.getByTestId("compare-inputs").getByRole("row", { name: /^Team 1 \(.+\): Engineers/ });
  await expect(engineers.getByRole("cell").nth(0)).toHaveText("10");
  await expect(engineers.getByRole("cell").nth(1)).toHaveText("(not set)");

  await archive(page, editPath);
});

test("another organization's scenario pages answer 404 without its names", async ({ browser, page }) => {
  const owner = await signedInPage(browser);
  await owner.getByRole("link", { name: demoScenario, exact: true }).click();
  await owner.waitForURL(/\/scenarios\/[^/]+$/);
  const reportPath = new URL(owner.url()).pathname;
  const scenarioId = reportPath.split("/").pop();

  await signInAs(page, uniqueEmail("outsider"));
  const ownSlug = await createOrganization(page, "Rival Silicon");

  for (const path of [`${reportPath}/edit`, `${reportPath}/history`, `/o/${demoSlug}/compare?ids=${scenarioId},${scenarioId}`, `/o/${ownSlug}/scenarios/${scenarioId}/edit`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    expect(await page.locator("body").innerText()).not.toContain(demoScenario);
    expect(await page.title()).not.toContain("ChipNeMo");
  }

  await page.goto(`/o/${ownSlug}/compare?ids=${scenarioId},other`);
  await expect(page.getByText("2 of the picked scenarios were not found.")).toBeVisible();
  expect(await page.locator("body").innerText()).not.toContain(demoScenario);
});
