import fs from "node:fs";
import path from "node:path";

import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient } from "@/lib/generated/prisma/client";

import { applyMigrations } from "./apply-migrations";

export type Database = PrismaClient;

const embeddedInstances = new WeakMap<PrismaClient, { close(): Promise<void> }>();

export interface DatabaseTarget {
  kind: "postgres" | "embedded";
  url: string;
  /** Data directory of the embedded database; undefined for PostgreSQL and for in-memory PGlite. */
  dataDir?: string;
}

/**
 * Resolves where the data lives: `DATABASE_URL` when it is a postgresql:// URL, otherwise the
 * embedded PostgreSQL (PGlite) in `pglite:<dir>` or, when unset, in `defaultDataDir`.
 * `pglite:memory` is an in-memory database, used by tests that need no server.
 */
export function resolveDatabaseTarget(databaseUrl: string | undefined, defaultDataDir: string): DatabaseTarget {
  if (databaseUrl && /^postgres(ql)?:\/\//.test(databaseUrl)) return { kind: "postgres", url: databaseUrl };

  const location = databaseUrl?.startsWith("pglite:") ? databaseUrl.slice("pglite:".length) : defaultDataDir;
  if (location === "memory" || location === "") return { kind: "embedded", url: "pglite:memory" };

  const dataDir = path.resolve(location);

  return { kind: "embedded", url: `pglite:${dataDir}`, dataDir };
}

/**
 * Opens a Prisma client on the target. The embedded database is migrated on open because the
 * Prisma CLI cannot open it while the app has it open; a PostgreSQL server is migrated by
 * `prisma migrate deploy` (the start and test scripts run it).
 */
export async function openDatabase(target: DatabaseTarget): Promise<PrismaClient> {
  if (target.kind === "postgres") {
    return new PrismaClient({ adapter: new PrismaPg({ connectionString: target.url, max: 10 }) });
  }

  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");

  // PGlite does not create parent folders of its data directory.
  if (target.dataDir) fs.mkdirSync(target.dataDir, { recursive: true });
  const pglite = new PGlite(target.dataDir);
  await applyMigrations(pglite);

  const client = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  embeddedInstances.set(client, pglite);

  return client;
}

/**
 * Disconnects the client and, for the embedded database, closes PGlite too: the adapter's own
 * dispose leaves it open, which keeps a script's process alive after its work is done.
 */
export async function closeDatabase(database: PrismaClient): Promise<void> {
  await database.$disconnect();
  await embeddedInstances.get(database)?.close();
}
