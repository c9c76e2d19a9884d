import "server-only";

import { headers } from "next/headers";

import { getEnvironment } from "./env";

/**
 * Returns the origin that links in emails point to. It is `AUTH_URL` whenever that is set, and a
 * production server refuses to start without it: taking the origin from the request's Host or
 * X-Forwarded-Host header would let anyone who can send a request choose where a sign-in or
 * invitation link leads, and so collect its token. Only development falls back to the request.
 */
export async function getAppOrigin(): Promise<string> {
  const environment = getEnvironment();
  if (environment.AUTH_URL) return new URL(environment.AUTH_URL).origin;
  if (environment.NODE_ENV === "production") throw new Error("AUTH_URL is not set; links in emails need the app's public origin.");

  const headerList = await headers();
  const host = headerList.get("host") ?? "localhost:3000";

  return `http://${host}`;
}
