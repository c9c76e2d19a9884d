"use server";

import { randomUUID } from "node:crypto";

import { redirect } from "next/navigation";
import { z } from "zod";

import { getCurrentUser } from "../access";
import { getDatabase } from "../db";
import { logger } from "../logger";
import { createOrganization, organizationFormSchema } from "../orgs/create-organization";

export interface OrganizationFormState {
  values: { name: string; currency: string };
  fieldErrors?: Partial<Record<"name" | "currency", string>>;
  formError?: string;
}

export async function createOrganizationAction(_previous: OrganizationFormState, formData: FormData): Promise<OrganizationFormState> {
  const values = { name: String(formData.get("name") ?? ""), currency: String(formData.get("currency") ?? "USD") };
  const user = await getCurrentUser();
  if (!user) return { values, formError: "Your session has ended. Sign in again; what you typed is kept here." };

  const parsed = organizationFormSchema.safeParse(values);
  if (!parsed.success) {
    const errors = z.flattenError(parsed.error).fieldErrors;

    return { values, fieldErrors: { name: errors.name?.[0], currency: errors.currency?.[0] } };
  }

  const requestId = randomUUID();
  let slug: string;
  try {
    const database = await getDatabase();
    ({ slug } = await createOrganization(database, user.id, parsed.data));
    logger.info({ requestId, userId: user.id, slug }, "organization created");
  } catch (error) {
    logger.error({ requestId, userId: user.id, err: error }, "creating an organization failed");

    return { values, formError: `The organization could not be created. Try again; reference ${requestId}.` };
  }

  // redirect() throws, so it stays outside the try block.
  redirect(`/o/${slug}`);
}
