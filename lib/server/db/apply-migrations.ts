import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** The two calls the migrator needs; a PGlite instance satisfies it directly. */
export interface ScriptRunner {
  exec(sql: string): Promise<unknown>;
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

/**
 * Applies `prisma/migrations/<name>/migration.sql` in name order, each in its own transaction,
 * and records it in Prisma's `_prisma_migrations` table (checksum = SHA-256 hex of the file),
 * so that `prisma migrate status` and `deploy` agree with it afterwards. Returns the names applied.
 *
 * Used for the embedded database, where the Prisma CLI cannot run beside the app because a
 * PGlite data directory can be opened by one process at a time.
 */
export async function applyMigrations(
  db: ScriptRunner,
  directory = path.join(process.cwd(), "prisma", "migrations"),
): Promise<string[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);

  const finished = await db.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const done = new Set(finished.rows.map((row) => row.migration_name));

  const names = fs
    .readdirSync(/*turbopackIgnore: true*/ directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

  const applied: string[] = [];
  for (const name of names) {
    if (done.has(name)) continue;

    const sql = fs.readFileSync(/*turbopackIgnore: true*/ path.join(directory, name, "migration.sql"), "utf8");
    await db.exec("BEGIN");
    try {
      await db.exec(sql);
      await db.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES ($1, $2, $3, now(), now(), 1)`,
        [randomUUID(), createHash("sha256").update(sql).digest("hex"), name],
      );
      await db.exec("COMMIT");
    } catch (error) {
      await db.exec("ROLLBACK");
      throw new Error(`Migration ${name} failed: ${(error as Error).message}`);
    }

    applied.push(name);
  }

  return applied;
}
