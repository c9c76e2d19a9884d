import { checkDatabaseHealth } from "@/lib/server/health";

export const dynamic = "force-dynamic";

/** 200 with the database's state when it answers, 503 when it cannot be reached. */
export async function GET() {
  const database = await checkDatabaseHealth();
  const body = { status: database.ok ? "ok" : "unavailable", database };

  return Response.json(body, { status: database.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
