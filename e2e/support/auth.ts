import fs from "node:fs";

import { expect, type Page } from "@playwright/test";

const outbox = () => {
  const file = process.env.MAIL_OUTBOX;
  if (!file) throw new Error("MAIL_OUTBOX is not set; run the end-to-end tests with `npm run test:e2e`.");

  return file;
};

function countMessages(email: string): number {
  if (!fs.existsSync(outbox())) return 0;

  return readMessages().filter((message) => message.to === email).length;
}

function readMessages(): { to: string; subject: string; url: string }[] {
  return fs
    .readFileSync(outbox(), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

/** Waits for a new message to `email` in the outbox and returns its link. */
export async function waitForMailLink(email: string, previousCount: number): Promise<string> {
  await expect.poll(() => countMessages(email), { message: `no new mail to ${email} in the outbox` }).toBeGreaterThan(previousCount);
  const messages = readMessages().filter((message) => message.to === email);

  return messages[messages.length - 1].url;
}

/** A unique email address for one test. */
export function uniqueEmail(label: string): string {
  return `${label}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}@e2e.test`;
}

/**
 * Signs in through the real magic-link flow: requests a link on the sign-in page, reads it from
 * the outbox the server writes, and opens it. Starts from `path`, so it also checks that the
 * person lands back there.
 */
export async function signInAs(page: Page, email: string, path = "/"): Promise<void> {
  const before = countMessages(email);
  await page.goto(path);
  if (!page.url().includes("/login")) await page.goto(`/login?callbackUrl=${encodeURIComponent(path)}`);

  await page.getByLabel("Work email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  const link = await waitForMailLink(email, before);
  await page.goto(link);
  await expect(page.getByTestId("signed-in-as")).toHaveText(email);
}

/** Creates an organization through the home page form and returns its slug. */
export async function createOrganization(page: Page, name: string): Promise<string> {
  await page.goto("/");
  await page.getByLabel("Organization name").fill(name);
  await page.getByRole("button", { name: "Create organization" }).click();
  await page.waitForURL(/\/o\/[a-z0-9-]+$/);

  return new URL(page.url()).pathname.split("/")[2];
}
