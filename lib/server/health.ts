import "server-only";

import { getDatabase } from "./db";
import { logger } from "./logger";

const HEALTH_TIMEOUT_MS = 3_000;

export interface DatabaseHealth {
  ok: boolean;
  latencyMs: number;
  error?: string;
}

/** Runs `SELECT 1` with a timeout; a failure is logged and reported without internal details. */
export async function checkDatabaseHealth(): Promise<DatabaseHealth> {
  const started = performance.now();
  try {
    const database = await getDatabase();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${HEALTH_TIMEOUT_MS} ms`)), HEALTH_TIMEOUT_MS);
    });
    try {
      await Promise.race([database.$queryRaw`SELECT 1`, timeout]);
    } finally {
      clearTimeout(timer);
    }

    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    logger.warn({ err: error }, "database health check failed");

    return { ok: false, latencyMs: Math.round(performance.now() - started), error: "The database cannot be reached." };
  }
}
