import "server-only";

/**
 * Stops a production server that has no AUTH_SECRET: it would sign sessions with nothing
 * secret. The message names the fix.
 */
export function runStartupChecks(): void {
  if (process.env.NODE_ENV === "production" && !process.env.AUTH_SECRET) {
    console.error(
      "AUTH_SECRET is not set. Generate one with `openssl rand -base64 33` and set it in the environment before starting TCO Planner.",
    );
    process.exit(1);
  }
}
