/**
 * Prepares the HTTP benchmark's database: a demo organization with an owner, a share link to its
 * reference scenario, and a database session for the owner. Prints one JSON line with the report
 * path, the share path and the session token for the benchmark runner. Local databases only.
 */
import { randomBytes } from "node:crypto";

import { closeDatabase, openDatabase } from "@/lib/server/db/client";
import { seedDemoOrganization } from "@/lib/server/seed/seed-demo";
import { generateShareToken } from "@/lib/server/share/share-token";

const url = process.env.DATABASE_URL ?? "";
const isLocalPostgres = /^postgres(ql)?:\/\//.test(url) && ["127.0.0.1", "localhost", "[::1]"].includes(new URL(url).hostname);
if (!isLocalPostgres) {
  console.error(`The benchmark seeds only a PostgreSQL database on this machine; DATABASE_URL is "${url}".`);
  process.exit(2);
}

const database = await openDatabase({ kind: "postgres", url });
try {
  const runId = Date.now().toString(36);
  const today = new Date().toISOString().slice(0, 10);
  const owner = await database.user.create({ data: { email: `bench-owner-${runId}@bench.test` } });
  const seeded = await seedDemoOrganization(database, { ownerId: owner.id, slug: `bench-${runId}`, name: `Bench ${runId}`, today });
  if (!seeded) throw new Error(`Organization bench-${runId} already exists.`);

  const { token, tokenHash } = generateShareToken();
  await database.shareLink.create({ data: { orgId: seeded.orgId, scenarioId: seeded.scenarioId, tokenHash, createdById: owner.id } });

  // A database session, as Auth.js stores one after a sign-in; its token is the session cookie's value.
  const sessionToken = randomBytes(32).toString("hex");
  await database.session.create({ data: { sessionToken, userId: owner.id, expires: new Date(Date.now() + 24 * 3600 * 1000) } });

  console.log(JSON.stringify({ reportPath: `/o/${seeded.slug}/scenarios/${seeded.scenarioId}`, sharePath: `/r/${token}`, sessionToken }));
} finally {
  await closeDatabase(database);
}
