import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import type { Database } from "../db/client";
import { createOrganization } from "../orgs/create-organization";
import { createTestUser, openTestDatabase, uniqueSuffix } from "../testing/test-database";

// The action runs against the test database as whoever `session` names, outside a Next.js request.
const session = vi.hoisted(() => ({ user: null as { id: string; email: string } | null, database: null as unknown }));

vi.mock("../auth", () => ({ auth: async () => (session.user ? { user: session.user } : null) }));
vi.mock("next/headers", () => ({ cookies: async () => ({ has: () => false }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("../db", () => ({ getDatabase: async () => session.database }));

const { saveEntryAction } = await import("./catalog-actions");

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
  session.database = database;
});

afterAll(async () => {
  await database.$disconnect();
});

async function correctionForm() {
  const owner = await createTestUser(database, "correct-action");
  const org = await createOrganization(database, owner.id, { name: `Correct action ${uniqueSuffix()}`, currency: "USD" });
  const opus = await database.apiModelPrice.findFirstOrThrow({ where: { orgId: org.id, key: "anthropic/claude-3-opus" } });
  session.user = { id: owner.id, email: owner.email };

  const formData = new FormData();
  const fields = { orgSlug: org.slug, kind: "apiModel", mode: "correct", rowId: opus.id, provider: "Anthropic", model: "Claude 3 Opus", inputPricePerMTok: "15", cachedInputPricePerMTok: "1.5", outputPricePerMTok: "60", discount: "0" };
  for (const [name, value] of Object.entries(fields)) formData.set(name, value);

  return { opus, formData };
}

describe("saveEntryAction correction", () => {
  it("rejects a correction without the row version", async () => {
    const { opus, formData } = await correctionForm();

    const result = await saveEntryAction({ values: {} }, formData);

    expect(result.formError).toMatch(/does not say which version of this row/);
    expect(result.values.outputPricePerMTok).toBe("60");
    expect((await database.apiModelPrice.findUniqueOrThrow({ where: { id: opus.id } })).outputPricePerMTok.toNumber()).toBe(75);
  });

  it("saves a correction with the row version", async () => {
    const { opus, formData } = await correctionForm();
    formData.set("expectedUpdatedAt", opus.updatedAt.toISOString());

    // A saved entry redirects to its page, which Next.js implements by throwing.
    await expect(saveEntryAction({ values: {} }, formData)).rejects.toThrow(/NEXT_REDIRECT/);
    expect((await database.apiModelPrice.findUniqueOrThrow({ where: { id: opus.id } })).outputPricePerMTok.toNumber()).toBe(60);
  });
});
