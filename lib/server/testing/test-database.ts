import { randomUUID } from "node:crypto";

import { openDatabase, resolveDatabaseTarget, type Database } from "../db/client";

/**
 * Opens the database of the integration tests: the PostgreSQL server in DATABASE_URL when it is
 * set (CI sets it, and `npm test` migrates it first), otherwise a fresh in-memory embedded
 * database. Refuses any server that is not on this machine, so a test never writes elsewhere.
 */
export async function openTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    const host = new URL(url).hostname;
    if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
      throw new Error(`Integration tests run only against a local database; DATABASE_URL points at ${host}.`);
    }

    return openDatabase({ kind: "postgres", url });
  }

  return openDatabase(resolveDatabaseTarget("pglite:memory", ""));
}

/** A suffix that keeps slugs, names and emails of one test apart from every other run. */
export function uniqueSuffix(): string {
  return randomUUID().slice(0, 8);
}

export async function createTestUser(database: Database, label: string) {
  return database.user.create({ data: { email: `${label}-${uniqueSuffix()}@integration.test` } });
}
