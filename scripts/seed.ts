/**
 * Seeds the demo organization "Demo Chip Co" with the reference case.
 *
 *   npm run db:seed -- [--owner EMAIL] [--slug SLUG] [--name NAME]
 *
 * With --owner the person with that email (created if new) owns it; otherwise the first person
 * to sign in on the embedded database claims it. It refuses to run with NODE_ENV=production.
 */
import { parseArgs } from "node:util";

import { closeDatabase, openDatabase, resolveDatabaseTarget } from "@/lib/server/db/client";
import { seedDemoOrganization } from "@/lib/server/seed/seed-demo";

const { values } = parseArgs({
  options: { owner: { type: "string" }, slug: { type: "string" }, name: { type: "string" } },
  strict: true,
});

if (process.env.NODE_ENV === "production") {
  console.error("Refusing to seed demo data with NODE_ENV=production. Unset NODE_ENV to seed a development database.");
  process.exit(2);
}

const target = resolveDatabaseTarget(process.env.DATABASE_URL, process.env.EMBEDDED_DATA_DIR ?? ".data/pglite");
const database = await openDatabase(target);

try {
  let ownerId: string | null = null;
  if (values.owner) {
    const email = values.owner.trim().toLowerCase();
    const owner = await database.user.upsert({ where: { email }, create: { email }, update: {}, select: { id: true } });
    ownerId = owner.id;
  }

  const today = new Date().toISOString().slice(0, 10);
  const seeded = await seedDemoOrganization(database, { ownerId, slug: values.slug, name: values.name, today });
  const where = target.kind === "embedded" ? `the embedded database (${target.dataDir ?? "in memory"})` : "the PostgreSQL database";
  if (seeded) console.log(`Seeded organization "${values.name ?? "Demo Chip Co"}" (/${seeded.slug}) into ${where}.`);
  else console.log(`Organization /${values.slug ?? "demo-chip-co"} already exists in ${where}; nothing was changed.`);
} finally {
  await closeDatabase(database);
}
