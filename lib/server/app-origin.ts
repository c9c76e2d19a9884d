import "server-only";

import { headers } from "next/headers";

import { getEnvironment } from "./env";

/**
 * Returns the origin that links in emails point to: `AUTH_URL`, which a production server
 * requires at start. Taking it from the request's Host or X-Forwarded-Host header would let any
 * client choose where a sign-in or invitation link leads, and so collect its token. Only
 * development falls back to the request's Host.
 */
export async function getAppOrigin(): Promise<string> {
  const environment = getEnvironment();
  if (environment.AUTH_URL) return new URL(environment.AUTH_URL).origin;
  if (environment.NODE_ENV === "production") throw new Error("AUTH_URL is not set; links in emails need the app's public origin.");

  const headerList = await headers();
  const host = headerList.get("host") ?? "localhost:3000";

  return `http://${host}`;
}
