import "server-only";

import { getEnvironment } from "../env";

import { openDatabase, resolveDatabaseTarget, type Database } from "./client";

export type { Database } from "./client";

// Cached on globalThis so that hot reloads in development reuse one client (and one PGlite).
const holder = globalThis as unknown as { tcoDatabase?: Promise<Database> };

/** Returns the shared Prisma client, opening (and for the embedded database, migrating) it once. */
export function getDatabase(): Promise<Database> {
  if (!holder.tcoDatabase) {
    const environment = getEnvironment();
    const opening = openDatabase(resolveDatabaseTarget(environment.DATABASE_URL, environment.EMBEDDED_DATA_DIR));
    // A failed open is not cached, so the app recovers once the database is reachable again.
    opening.catch(() => {
      if (holder.tcoDatabase === opening) holder.tcoDatabase = undefined;
    });
    holder.tcoDatabase = opening;
  }

  return holder.tcoDatabase;
}
