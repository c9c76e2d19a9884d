import "server-only";

import { z } from "zod";

/**
 * The process environment, read and validated in one place. Optional variables stay
 * undefined; `DATABASE_URL` unset means the embedded PostgreSQL (PGlite) under `.data/`.
 */
const environmentSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?:\/\/|pglite:)/, "must start with postgresql:// or pglite:")
    .optional(),
  EMBEDDED_DATA_DIR: z.string().default(".data/pglite"),
  AUTH_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  /** Public origin of the app, such as https://tco.example.com: the base of every link in an email. */
  AUTH_URL: z.url({ error: "must be an absolute URL such as https://tco.example.com" }).optional(),
  SMTP_URL: z.string().optional(),
  EMAIL_FROM: z.string().default("TCO Planner <no-reply@localhost>"),
  MAIL_OUTBOX: z.string().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  AUTH_GITHUB_ID: z.string().optional(),
  AUTH_GITHUB_SECRET: z.string().optional(),
  AUTH_GOOGLE_ID: z.string().optional(),
  AUTH_GOOGLE_SECRET: z.string().optional(),
  AUTH_OIDC_ISSUER: z.url().optional(),
  AUTH_OIDC_ID: z.string().optional(),
  AUTH_OIDC_SECRET: z.string().optional(),
  AUTH_OIDC_NAME: z.string().default("Single sign-on"),
});

export type Environment = z.infer<typeof environmentSchema>;

let cached: Environment | undefined;

/** Returns the validated environment; throws one message listing every invalid variable. */
export function getEnvironment(): Environment {
  if (cached) return cached;

  const parsed = environmentSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment: ${problems.join("; ")}`);
  }

  cached = parsed.data;

  return cached;
}
