import "server-only";

import { z } from "zod";

import type { Database } from "../db";

export const currencySchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, "Enter a three-letter ISO 4217 code such as USD or EUR.")
  .refine((code) => Intl.supportedValuesOf("currency").includes(code), "This is not an ISO 4217 currency code; use one such as USD, EUR or JPY.");

/**
 * Sets the organization's currency. Amounts are shown in it and never converted, so catalog
 * prices keep their numbers; the catalog version is bumped because reports show the currency.
 */
export async function updateCurrency(database: Database, input: { orgId: string; actorId: string; currency: string }): Promise<void> {
  await database.$transaction(async (transaction) => {
    const org = await transaction.organization.findUniqueOrThrow({ where: { id: input.orgId }, select: { currency: true } });
    if (org.currency === input.currency) return;

    await transaction.organization.update({ where: { id: input.orgId }, data: { currency: input.currency, catalogVersion: { increment: 1 } } });
    await transaction.auditEvent.create({
      data: {
        orgId: input.orgId,
        actorId: input.actorId,
        action: "org.currency_changed",
        targetType: "organization",
        targetId: input.orgId,
        details: { before: { currency: org.currency }, after: { currency: input.currency } },
      },
    });
  });
}
