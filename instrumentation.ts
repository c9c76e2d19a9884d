/**
 * Runs once when the server starts. A production server without AUTH_SECRET would sign
 * sessions with nothing secret, so it stops here with the fix in the message.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;

  if (process.env.NODE_ENV === "production" && !process.env.AUTH_SECRET) {
    console.error(
      "AUTH_SECRET is not set. Generate one with `openssl rand -base64 33` and set it in the environment before starting TCO Planner.",
    );
    process.exit(1);
  }
}
