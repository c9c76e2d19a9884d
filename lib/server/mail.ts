import "server-only";

import fs from "node:fs";

import nodemailer from "nodemailer";

import { resolveDatabaseTarget } from "./db/client";
import { getEnvironment } from "./env";
import { logger } from "./logger";

export interface OutgoingMail {
  to: string;
  subject: string;
  url: string;
  text: string;
}

/**
 * Sends a message with a link through SMTP when `SMTP_URL` is set. When `MAIL_OUTBOX` names a
 * file, the message is also appended to it as one JSON line `{"to","subject","url"}`, which is how
 * end-to-end tests read sign-in links. Without SMTP, the link is printed to the server's output in
 * development and on the embedded database; a production server on PostgreSQL raises instead.
 */
export async function sendMail(mail: OutgoingMail): Promise<void> {
  const environment = getEnvironment();

  if (environment.MAIL_OUTBOX) {
    fs.appendFileSync(environment.MAIL_OUTBOX, JSON.stringify({ to: mail.to, subject: mail.subject, url: mail.url }) + "\n");
  }

  if (environment.SMTP_URL) {
    const transport = nodemailer.createTransport(environment.SMTP_URL);
    await transport.sendMail({ from: environment.EMAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
    logger.info({ subject: mail.subject }, "mail sent through SMTP");

    return;
  }

  // A production server on PostgreSQL serves real users, whose links must not end up in a log.
  const embedded = resolveDatabaseTarget(environment.DATABASE_URL, environment.EMBEDDED_DATA_DIR).kind === "embedded";
  if (environment.NODE_ENV === "production" && !embedded) {
    if (environment.MAIL_OUTBOX) return;
    throw new Error("No mail transport: set SMTP_URL (for example smtp://user:pass@mail.example.com:587).");
  }

  // Printed on purpose: without SMTP, locally, this is the only way to receive the link.
  process.stdout.write(`\n[mail] ${mail.subject} for ${mail.to}:\n  ${mail.url}\n\n`);
}
