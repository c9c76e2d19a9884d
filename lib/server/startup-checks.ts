import "server-only";

/**
 * Stops a production server that has no AUTH_SECRET, because it would sign sessions with nothing
 * secret, or no AUTH_URL, because links in emails would then be built on the request's Host
 * header, which a client can forge. Each message names the fix.
 */
export function runStartupChecks(): void {
  if (process.env.NODE_ENV === "production" && !process.env.AUTH_SECRET) {
    console.error(
      "AUTH_SECRET is not set. Generate one with `openssl rand -base64 33` and set it in the environment before starting TCO Planner.",
    );
    process.exit(1);
  }

  if (process.env.NODE_ENV === "production" && !process.env.AUTH_URL) {
    console.error(
      "AUTH_URL is not set. Set it to the public origin of TCO Planner, such as https://tco.example.com: sign-in and invitation links are built on it.",
    );
    process.exit(1);
  }

  if (process.env.NODE_ENV === "production" && process.env.MAIL_OUTBOX) {
    console.warn(`MAIL_OUTBOX is set: every message, sign-in links included, is written to ${process.env.MAIL_OUTBOX}. Use it for tests only.`);
  }
}
