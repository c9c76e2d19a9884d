"use server";

import { randomUUID } from "node:crypto";

import { redirect } from "next/navigation";

import { findOrgAccess, getCurrentUser } from "../access";
import { getDatabase } from "../db";
import { logger } from "../logger";
import { currencySchema, updateCurrency } from "../orgs/update-currency";

export interface CurrencyFormState {
  values: { currency: string };
  fieldErrors?: { currency?: string };
  formError?: string;
}

export async function updateCurrencyAction(_previous: CurrencyFormState, formData: FormData): Promise<CurrencyFormState> {
  const values = { currency: String(formData.get("currency") ?? "") };
  const user = await getCurrentUser();
  if (!user) return { values, formError: "Your session has ended. Sign in again." };

  const access = await findOrgAccess(user, String(formData.get("orgSlug") ?? ""));
  if (!access) return { values, formError: "This organization was not found." };
  if (!access.can("org:manage")) return { values, formError: "Only owners can change the currency." };

  const parsed = currencySchema.safeParse(values.currency);
  if (!parsed.success) return { values, fieldErrors: { currency: parsed.error.issues[0].message } };

  const requestId = randomUUID();
  try {
    await updateCurrency(await getDatabase(), { orgId: access.org.id, actorId: user.id, currency: parsed.data });
    logger.info({ requestId, userId: user.id, orgId: access.org.id, currency: parsed.data }, "currency changed");
  } catch (error) {
    logger.error({ requestId, userId: user.id, orgId: access.org.id, err: error }, "changing the currency failed");

    return { values, formError: `The currency could not be saved. Try again; reference ${requestId}.` };
  }

  redirect(`/o/${access.org.slug}/settings`);
}
