import "server-only";

import pino from "pino";

import { getEnvironment } from "./env";

/** The process-wide structured logger; actions and route handlers take a child with their ids. */
export const logger = pino({
  level: getEnvironment().LOG_LEVEL,
  base: { service: "tco-planner" },
  // Emails and tokens never go to the log in full.
  redact: { paths: ["email", "token", "*.email", "*.token", "url"], censor: "[redacted]" },
});
