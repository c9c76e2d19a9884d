import "server-only";

import fs from "node:fs";

import nodemailer from "nodemailer";

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
 * local runs and end-to-end tests read sign-in links. Without SMTP outside production, the link
 * is printed to the server log so a developer can follow it.
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

  if (environment.NODE_ENV === "production" && !environment.MAIL_OUTBOX) {
    throw new Error("No mail transport: set SMTP_URL (for example smtp://user:pass@mail.example.com:587).");
  }

  // Printed on purpose: this is the only way to receive the link without SMTP in development.
  process.stdout.write(`\n[mail] ${mail.subject} for ${mail.to}:\n  ${mail.url}\n\n`);
}
