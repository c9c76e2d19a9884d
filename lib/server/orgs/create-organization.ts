import "server-only";

import { z } from "zod";

import type { Database } from "../db";
import { copyDefaultCatalog } from "../seed/default-catalog";

export const organizationFormSchema = z.object({
  name: z.string().trim().min(2, "Enter a name of at least 2 characters.").max(80, "Use at most 80 characters."),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, "Enter a three-letter ISO 4217 code such as USD or EUR.")
    .default("USD"),
});

/** Turns a name into a URL slug: lowercase ASCII letters, digits and dashes. */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);

  return slug || "org";
}

/**
 * Creates an organization owned by `ownerId`, with a copy of the shipped catalog. The slug is
 * made unique by a numeric suffix when the name's slug is taken.
 */
export async function createOrganization(
  database: Database,
  ownerId: string | null,
  input: { name: string; currency: string; slug?: string },
): Promise<{ id: string; slug: string }> {
  const base = input.slug ?? slugify(input.name);
  const taken = await database.organization.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  const takenSlugs = new Set(taken.map((row) => row.slug));
  let slug = base;
  for (let suffix = 2; takenSlugs.has(slug); suffix++) slug = `${base}-${suffix}`;

  return database.$transaction(async (transaction) => {
    const org = await transaction.organization.create({
      data: { name: input.name, slug, currency: input.currency },
      select: { id: true, slug: true },
    });
    if (ownerId) await transaction.membership.create({ data: { orgId: org.id, userId: ownerId, role: "owner" } });
    await copyDefaultCatalog(transaction, org.id);
    await transaction.auditEvent.create({
      data: { orgId: org.id, actorId: ownerId, action: "org.created", targetType: "organization", targetId: org.id, details: { name: input.name } },
    });

    return org;
  });
}
