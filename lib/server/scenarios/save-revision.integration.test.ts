import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "../db/client";
import { demoScenarioInputs, seedDemoOrganization } from "../seed/seed-demo";
import { createTestUser, openTestDatabase, uniqueSuffix } from "../testing/test-database";

import { saveScenarioRevision } from "./save-revision";

const TODAY = "2026-12-04";

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
});

afterAll(async () => {
  await database.$disconnect();
});

async function seedScenario() {
  const owner = await createTestUser(database, "editor");
  const suffix = uniqueSuffix();
  const seeded = await seedDemoOrganization(database, { ownerId: owner.id, slug: `save-${suffix}`, name: `Save ${suffix}`, today: TODAY });
  if (!seeded) throw new Error("the test organization already exists");
  const team = await database.team.findFirstOrThrow({ where: { orgId: seeded.orgId } });

  return { ...seeded, ownerId: owner.id, inputs: demoScenarioInputs(team.id) };
}

describe("saveScenarioRevision", () => {
  it("lets exactly one of many concurrent saves win", async () => {
    const { orgId, scenarioId, ownerId, inputs } = await seedScenario();

    const attempts = Array.from({ length: 12 }, (_, index) =>
      saveScenarioRevision(database, {
        orgId,
        scenarioId,
        authorId: ownerId,
        expectedVersion: 1,
        inputs: { ...inputs, horizon: { years: 1 + (index % 3), workingDaysPerYear: 250 } },
        message: `attempt ${index}`,
        today: TODAY,
      }),
    );
    const results = await Promise.all(attempts);

    const saved = results.filter((result) => result.status === "saved");
    const conflicts = results.filter((result) => result.status === "conflict");
    expect(saved).toHaveLength(1);
    expect(conflicts).toHaveLength(11);

    const revisions = await database.scenarioRevision.findMany({ where: { scenarioId, orgId }, orderBy: { number: "asc" } });
    expect(revisions.map((revision) => revision.number)).toEqual([1, 2]);

    const scenario = await database.scenario.findFirstOrThrow({ where: { id: scenarioId, orgId } });
    expect(scenario.version).toBe(2);
  });

  it("keeps revision numbers gapless over rounds of concurrent saves", async () => {
    const { orgId, scenarioId, ownerId, inputs } = await seedScenario();
    const rounds = 5;
    const savesPerRound = 10;

    for (let round = 0; round < rounds; round++) {
      const { version } = await database.scenario.findFirstOrThrow({ where: { id: scenarioId, orgId }, select: { version: true } });
      const results = await Promise.all(
        Array.from({ length: savesPerRound }, (_, index) =>
          saveScenarioRevision(database, {
            orgId,
            scenarioId,
            authorId: ownerId,
            expectedVersion: version,
            inputs: { ...inputs, scale: 1 + index / 10 },
            message: `round ${round}, attempt ${index}`,
            today: TODAY,
          }),
        ),
      );

      const saved = results.filter((result) => result.status === "saved");
      expect(saved).toHaveLength(1);
      expect(saved[0]).toMatchObject({ version: version + 1 });
      expect(results.filter((result) => result.status === "conflict")).toHaveLength(savesPerRound - 1);
    }

    const revisions = await database.scenarioRevision.findMany({ where: { scenarioId, orgId }, orderBy: { number: "asc" } });
    expect(revisions.map((revision) => revision.number)).toEqual(Array.from({ length: rounds + 1 }, (_, index) => index + 1));
    const events = await database.auditEvent.count({ where: { orgId, targetId: scenarioId, action: "scenario.saved" } });
    expect(events).toBe(rounds + 1);
    const scenario = await database.scenario.findFirstOrThrow({ where: { id: scenarioId, orgId } });
    expect(scenario.version).toBe(rounds + 1);
  });

  it("rejects a save made on an older version", async () => {
    const { orgId, scenarioId, ownerId, inputs } = await seedScenario();
    const request = { orgId, scenarioId, authorId: ownerId, inputs, today: TODAY };

    const first = await saveScenarioRevision(database, { ...request, expectedVersion: 1 });
    const stale = await saveScenarioRevision(database, { ...request, expectedVersion: 1 });

    expect(first).toMatchObject({ status: "saved", version: 2 });
    expect(stale).toEqual({ status: "conflict", currentVersion: 2 });
  });

  it("reports a retired catalog entry by name", async () => {
    const { orgId, scenarioId, ownerId, inputs } = await seedScenario();
    await database.apiModelPrice.updateMany({ where: { orgId, key: "openai/gpt-4-turbo" }, data: { retiredAt: new Date() } });

    const result = await saveScenarioRevision(database, { orgId, scenarioId, authorId: ownerId, expectedVersion: 1, inputs, today: TODAY });

    expect(result.status).toBe("invalid");
    if (result.status !== "invalid") return;
    expect(result.problems[0].path).toBe("options[1]");
    expect(result.problems[0].message).toContain('"openai/gpt-4-turbo", which is retired');
  });

  it("answers not-found for an archived scenario", async () => {
    const { orgId, scenarioId, ownerId, inputs } = await seedScenario();
    await database.scenario.updateMany({ where: { id: scenarioId, orgId }, data: { archivedAt: new Date() } });

    const result = await saveScenarioRevision(database, { orgId, scenarioId, authorId: ownerId, expectedVersion: 1, inputs, today: TODAY });

    expect(result).toEqual({ status: "not-found" });
    expect(await database.scenarioRevision.count({ where: { scenarioId, orgId } })).toBe(1);
  });

  it("records the catalog version read before the catalog", async () => {
    const { orgId, scenarioId, ownerId, inputs } = await seedScenario();
    await database.organization.update({ where: { id: orgId }, data: { catalogVersion: { increment: 3 } } });
    const { catalogVersion } = await database.organization.findUniqueOrThrow({ where: { id: orgId } });

    const result = await saveScenarioRevision(database, { orgId, scenarioId, authorId: ownerId, expectedVersion: 1, inputs, today: TODAY });

    expect(result.status).toBe("saved");
    const revision = await database.scenarioRevision.findFirstOrThrow({ where: { scenarioId, orgId, number: 2 } });
    expect(revision.catalogVersion).toBe(catalogVersion);
  });

  it("answers not-found for another organization's scenario", async () => {
    const victim = await seedScenario();
    const attacker = await seedScenario();

    const result = await saveScenarioRevision(database, {
      orgId: attacker.orgId,
      scenarioId: victim.scenarioId,
      authorId: attacker.ownerId,
      expectedVersion: 1,
      inputs: attacker.inputs,
      today: TODAY,
    });

    expect(result).toEqual({ status: "not-found" });
  });
});
