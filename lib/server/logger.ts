import "server-only";

import pino from "pino";

import { getEnvironment } from "./env";

// Common address characters only, so paths such as node_modules/@scope/name are left alone.
const EMAIL_PATTERN = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** Replaces the local part of every email address, so "ada@example.com" is logged as "***@example.com". */
export function redactEmails(text: string): string {
  return text.replace(EMAIL_PATTERN, (address) => `***@${address.split("@")[1]}`);
}

/** The process-wide structured logger; actions and route handlers take a child with their ids. */
export const logger = pino({
  level: getEnvironment().LOG_LEVEL,
  base: { service: "tco-planner" },
  // Emails and tokens never go to the log in full.
  redact: { paths: ["email", "token", "*.email", "*.token", "url"], censor: "[redacted]" },
  serializers: {
    // Errors from SMTP servers and Prisma can quote addresses in their messages.
    err: (error: Error) => {
      const serialized = pino.stdSerializers.err(error);

      return { ...serialized, message: redactEmails(serialized.message), stack: redactEmails(serialized.stack ?? "") };
    },
  },
});
