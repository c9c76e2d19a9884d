import "server-only";

import { z } from "zod";

import { ROLES } from "../permissions";

export const roleSchema = z.enum(ROLES, { error: "Pick owner, editor or viewer." });

export const invitationFormSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email({ error: "Enter an email address such as name@example.com." })),
  role: roleSchema,
});
