// Locates a Chromium for the end-to-end tests: CHROMIUM_PATH, then the system Chromium, then
// a browser that Playwright installed itself. Nothing is ever downloaded here.
import fs from "node:fs";
import { createRequire } from "node:module";

const SYSTEM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/snap/bin/chromium"];

export function findChromium() {
  if (process.env.CHROMIUM_PATH) {
    if (fs.existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
    throw new Error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but no file exists there.`);
  }

  const system = SYSTEM_PATHS.find((candidate) => fs.existsSync(candidate));
  if (system) return system;

  try {
    const { chromium } = createRequire(import.meta.url)("playwright-core");
    const bundled = chromium.executablePath();
    if (bundled && fs.existsSync(bundled)) return bundled;
  } catch {
    // playwright-core without a browser of its own: fall through to the message below.
  }

  throw new Error(
    "No Chromium found for the end-to-end tests. Install one of: the system package (Debian/Ubuntu: `sudo apt-get install chromium`), " +
      "Playwright's browser (`npx playwright install chromium`), or set CHROMIUM_PATH to a Chromium or Chrome binary.",
  );
}
