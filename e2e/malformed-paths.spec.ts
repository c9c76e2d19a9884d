import { expect, test } from "@playwright/test";

const paths = [
  "/r/%ff",
  "/r/%ff/export.csv",
  "/o/%ff/catalog",
  "/o/%00/catalog/export",
  `/o/${process.env.E2E_DEMO_SLUG}/scenarios/%00/export.csv`,
  `/o/${process.env.E2E_DEMO_SLUG}/scenarios/%C0%AF`,
  "/invite/%ff",
];

for (const path of paths) {
  test(`malformed path ${path} returns 404`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });

    expect(response.status()).toBe(404);
  });
}
