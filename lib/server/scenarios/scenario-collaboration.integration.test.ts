import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { applyChanges, diffDocuments } from "@/lib/scenario/diff";
import { scenarioInputsSchema } from "@/lib/scenario/inputs";

import { createComment, deleteComment, updateComment } from "../comments/manage-comments";
import type { Database } from "../db/client";
import { seedDemoOrganization } from "../seed/seed-demo";
import { createTestUser, openTestDatabase, uniqueSuffix } from "../testing/test-database";

import { archiveScenario } from "./archive-scenario";
import { unarchiveScenario } from "./unarchive-scenario";
import { createScenario } from "./create-scenario";
import { duplicateScenario } from "./duplicate-scenario";
import { getLatestRevision, listScenarioRevisions } from "./get-latest-revision";
import { listScenarioActivity } from "./list-scenario-activity";
import { restoreScenarioRevision } from "./restore-scenario-revision";
import { saveScenarioEdit } from "./save-scenario-edit";
import type { Actor } from "./scenario-access";

const TODAY = "2026-12-04";

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
});

afterAll(async () => {
  await database.$disconnect();
});

const asActor = (user: { id: string; email: string; name: string | null }): Actor => ({ id: user.id, email: user.email, name: user.name });

/** A demo organization with an owner, an editor, a viewer, and a person who belongs elsewhere. */
async function seedOrganization() {
  const [owner, editor, viewer, outsider] = await Promise.all(["owner", "editor", "viewer", "outsider"].map((label) => createTestUser(database, label)));
  const suffix = uniqueSuffix();
  const seeded = await seedDemoOrganization(database, { ownerId: owner.id, slug: `collab-${suffix}`, name: `Collab ${suffix}`, today: TODAY });
  if (!seeded) throw new Error("the test organization already exists");
  await database.membership.createMany({
    data: [
      { orgId: seeded.orgId, userId: editor.id, role: "editor" },
      { orgId: seeded.orgId, userId: viewer.id, role: "viewer" },
    ],
  });

  return { ...seeded, owner: asActor(owner), editor: asActor(editor), viewer: asActor(viewer), outsider: asActor(outsider) };
}

async function latestInputs(orgId: string, scenarioId: string) {
  const latest = await getLatestRevision(database, orgId, scenarioId);
  if (!latest?.inputs) throw new Error(`the scenario has no readable revision: ${latest?.readProblem}`);

  return { ...latest, inputs: latest.inputs };
}

describe("createScenario", () => {
  it("creates revision 1 from the catalog's defaults", async () => {
    const org = await seedOrganization();

    const result = await createScenario(database, org.editor, org.slug, { name: "  Seats or APIs  ", description: "" }, TODAY);

    expect(result.status).toBe("created");
    if (result.status !== "created") return;
    const revisions = await listScenarioRevisions(database, org.orgId, result.scenarioId);
    expect(revisions.map((revision) => revision.number)).toEqual([1]);
    expect(revisions[0].author?.id).toBe(org.editor.id);
    const sources = revisions[0].inputs?.options.map((option) => option.source.type);
    expect(sources).toEqual(["apiModel", "selfHosted"]);
    const scenario = await database.scenario.findFirstOrThrow({ where: { id: result.scenarioId, orgId: org.orgId } });
    expect(scenario).toMatchObject({ name: "Seats or APIs", version: 1 });
    expect(await database.auditEvent.count({ where: { orgId: org.orgId, targetId: result.scenarioId, action: "scenario.created" } })).toBe(1);
  });

  it("names the field of an invalid name and writes nothing", async () => {
    const org = await seedOrganization();
    const before = await database.scenario.count({ where: { orgId: org.orgId } });

    const result = await createScenario(database, org.owner, org.slug, { name: "   ", description: "" }, TODAY);

    expect(result).toEqual({ status: "invalid", fieldErrors: { name: "Enter a name for the scenario.", description: undefined } });
    expect(await database.scenario.count({ where: { orgId: org.orgId } })).toBe(before);
  });

  it("explains what is missing when the organization has no team", async () => {
    const org = await seedOrganization();
    await database.team.updateMany({ where: { orgId: org.orgId }, data: { retiredAt: new Date() } });

    const result = await createScenario(database, org.owner, org.slug, { name: "No team", description: "" }, TODAY);

    expect(result).toMatchObject({ status: "invalid", formError: expect.stringContaining("no active team") });
  });
});

describe("saveScenarioEdit", () => {
  it("returns the other person's revision on a conflict, and a re-applied save keeps both edits", async () => {
    const org = await seedOrganization();
    const base = await latestInputs(org.orgId, org.scenarioId);

    const theirs = structuredClone(base.inputs);
    theirs.horizon.years = 3;
    const mine = structuredClone(base.inputs);
    mine.teams[0].overrides = { engineers: 10 };

    const first = await saveScenarioEdit(database, org.owner, org.slug, { scenarioId: org.scenarioId, expectedVersion: 1, inputs: theirs, message: "three years" }, TODAY);
    const second = await saveScenarioEdit(database, org.editor, org.slug, { scenarioId: org.scenarioId, expectedVersion: 1, inputs: mine }, TODAY);

    expect(first).toMatchObject({ status: "saved", version: 2 });
    expect(second.status).toBe("conflict");
    if (second.status !== "conflict") return;
    expect(second.latest).toMatchObject({ number: 2, message: "three years", author: { id: org.owner.id } });
    expect(diffDocuments(base.inputs, second.latest.inputs).map((change) => change.path)).toEqual(["horizon.years"]);

    const merged = applyChanges(second.latest.inputs, diffDocuments(base.inputs, mine));
    const retried = await saveScenarioEdit(database, org.editor, org.slug, { scenarioId: org.scenarioId, expectedVersion: 2, inputs: merged }, TODAY);

    expect(retried).toMatchObject({ status: "saved", version: 3 });
    const final = await latestInputs(org.orgId, org.scenarioId);
    expect(final.inputs.horizon.years).toBe(3);
    expect(final.inputs.teams[0].overrides).toEqual({ engineers: 10 });
  });

  it("names an invalid override and saves nothing", async () => {
    const org = await seedOrganization();
    const { inputs } = await latestInputs(org.orgId, org.scenarioId);
    inputs.options[2].overrides.utilization = 1.5;

    const result = await saveScenarioEdit(database, org.owner, org.slug, { scenarioId: org.scenarioId, expectedVersion: 1, inputs }, TODAY);

    expect(result.status).toBe("invalid");
    if (result.status !== "invalid") return;
    expect(result.problems[0]).toEqual({ path: "options[2].overrides.utilization", message: "Utilization (%) must be > 0 % and <= 100 %." });
    expect((await database.scenario.findFirstOrThrow({ where: { id: org.scenarioId } })).version).toBe(1);
  });
});

describe("restoreScenarioRevision", () => {
  it("adds a new revision whose inputs equal the restored one's", async () => {
    const org = await seedOrganization();
    const original = await latestInputs(org.orgId, org.scenarioId);
    const changed = structuredClone(original.inputs);
    changed.horizon.years = 5;
    await saveScenarioEdit(database, org.editor, org.slug, { scenarioId: org.scenarioId, expectedVersion: 1, inputs: changed }, TODAY);

    const result = await restoreScenarioRevision(database, org.editor, org.slug, { scenarioId: org.scenarioId, revisionNumber: 1, expectedVersion: 2 }, TODAY);

    expect(result).toMatchObject({ status: "saved", version: 3 });
    const revisions = await listScenarioRevisions(database, org.orgId, org.scenarioId);
    expect(revisions.map((revision) => revision.number)).toEqual([3, 2, 1]);
    expect(revisions[0].inputs).toEqual(original.inputs);
    expect(revisions[0].message).toBe("Restored revision 1");
  });

  it("rejects a restore made on a stale version", async () => {
    const org = await seedOrganization();
    const { inputs } = await latestInputs(org.orgId, org.scenarioId);
    await saveScenarioEdit(database, org.editor, org.slug, { scenarioId: org.scenarioId, expectedVersion: 1, inputs: { ...inputs, scale: 2 } }, TODAY);
    await saveScenarioEdit(database, org.editor, org.slug, { scenarioId: org.scenarioId, expectedVersion: 2, inputs: { ...inputs, scale: 3 } }, TODAY);

    const result = await restoreScenarioRevision(database, org.owner, org.slug, { scenarioId: org.scenarioId, revisionNumber: 1, expectedVersion: 2 }, TODAY);

    expect(result).toEqual({ status: "conflict", currentVersion: 3 });
  });
});

describe("duplicateScenario", () => {
  it("copies the latest inputs into a new scenario at revision 1", async () => {
    const org = await seedOrganization();
    const { inputs } = await latestInputs(org.orgId, org.scenarioId);
    await saveScenarioEdit(database, org.owner, org.slug, { scenarioId: org.scenarioId, expectedVersion: 1, inputs: { ...inputs, scale: 2 } }, TODAY);

    const result = await duplicateScenario(database, org.editor, org.slug, { scenarioId: org.scenarioId }, TODAY);

    expect(result.status).toBe("created");
    if (result.status !== "created") return;
    const copy = await database.scenario.findFirstOrThrow({ where: { id: result.scenarioId, orgId: org.orgId } });
    expect(copy).toMatchObject({ name: "ChipNeMo against frontier APIs (copy)", version: 1 });
    const revisions = await listScenarioRevisions(database, org.orgId, copy.id);
    expect(revisions).toHaveLength(1);
    expect(revisions[0].inputs).toEqual(scenarioInputsSchema.parse({ ...inputs, scale: 2 }));
    expect((await database.scenario.findFirstOrThrow({ where: { id: org.scenarioId } })).version).toBe(2);
  });

  it("answers not-found for another organization's scenario", async () => {
    const victim = await seedOrganization();
    const attacker = await seedOrganization();

    const result = await duplicateScenario(database, attacker.owner, attacker.slug, { scenarioId: victim.scenarioId }, TODAY);

    expect(result).toEqual({ status: "not-found" });
  });
});

describe("comments", () => {
  it("lets people edit and delete only their own comments, and owners delete any", async () => {
    const org = await seedOrganization();
    const posted = await createComment(database, org.viewer, org.slug, { scenarioId: org.scenarioId, body: "Is 20 requests a day realistic?", revisionNumber: 1 });
    expect(posted.status).toBe("ok");
    if (posted.status !== "ok") return;

    expect(await updateComment(database, org.editor, org.slug, { commentId: posted.commentId, body: "changed" })).toMatchObject({ status: "forbidden" });
    expect(await deleteComment(database, org.editor, org.slug, { commentId: posted.commentId })).toMatchObject({ status: "forbidden" });
    expect(await updateComment(database, org.owner, org.slug, { commentId: posted.commentId, body: "changed" })).toMatchObject({ status: "forbidden" });
    expect(await updateComment(database, org.viewer, org.slug, { commentId: posted.commentId, body: "Is 25 a day realistic?" })).toMatchObject({ status: "ok" });

    const stored = await database.comment.findFirstOrThrow({ where: { id: posted.commentId, orgId: org.orgId }, include: { revision: true } });
    expect(stored.body).toBe("Is 25 a day realistic?");
    expect(stored.revision?.number).toBe(1);

    expect(await deleteComment(database, org.owner, org.slug, { commentId: posted.commentId })).toMatchObject({ status: "ok" });
    expect(await database.comment.count({ where: { id: posted.commentId } })).toBe(0);
    const actions = await database.auditEvent.findMany({ where: { orgId: org.orgId, targetId: org.scenarioId, action: { startsWith: "comment." } }, orderBy: { createdAt: "asc" } });
    expect(actions.map((event) => event.action)).toEqual(["comment.created", "comment.updated", "comment.deleted"]);
  });

  it("rejects an empty comment with a message", async () => {
    const org = await seedOrganization();

    expect(await createComment(database, org.editor, org.slug, { scenarioId: org.scenarioId, body: "   " })).toEqual({ status: "invalid", message: "Write something before posting." });
  });
});

describe("listScenarioActivity", () => {
  it("lists the scenario's own events, newest first, and nothing for another organization", async () => {
    const org = await seedOrganization();
    const other = await seedOrganization();
    const { inputs } = await latestInputs(org.orgId, org.scenarioId);
    await saveScenarioEdit(database, org.editor, org.slug, { scenarioId: org.scenarioId, expectedVersion: 1, inputs: { ...inputs, scale: 2 }, message: "double" }, TODAY);
    await createComment(database, org.viewer, org.slug, { scenarioId: org.scenarioId, body: "Why double?" });

    const activity = await listScenarioActivity(database, org.orgId, org.scenarioId);

    expect(activity.map((entry) => entry.action)).toEqual(["comment.created", "scenario.saved", "scenario.saved"]);
    expect(activity[0].actor?.email).toBe(org.viewer.email);
    expect(activity[1].details).toMatchObject({ version: 2, message: "double" });
    expect(await listScenarioActivity(database, other.orgId, org.scenarioId)).toEqual([]);
  });
});

describe("unarchiveScenario", () => {
  it("brings an archived scenario back and audits it", async () => {
    const org = await seedOrganization();
    await archiveScenario(database, org.editor, org.slug, { scenarioId: org.scenarioId });
    const archived = await database.scenario.findFirstOrThrow({ where: { id: org.scenarioId } });

    const result = await unarchiveScenario(database, org.editor, org.slug, { scenarioId: org.scenarioId });

    expect(result).toEqual({ status: "unarchived" });
    expect(await database.scenario.findFirstOrThrow({ where: { id: org.scenarioId } })).toMatchObject({ archivedAt: null });
    const event = await database.auditEvent.findFirstOrThrow({ where: { orgId: org.orgId, action: "scenario.unarchived" } });
    expect(event).toMatchObject({ actorId: org.editor.id, targetType: "scenario", targetId: org.scenarioId });
    expect(event.details).toEqual({ before: { archivedAt: archived.archivedAt!.toISOString() }, after: { archivedAt: null } });
  });

  it("answers not-found for a scenario that is not archived", async () => {
    const org = await seedOrganization();

    expect(await unarchiveScenario(database, org.owner, org.slug, { scenarioId: org.scenarioId })).toEqual({ status: "not-found" });
    expect(await database.auditEvent.count({ where: { orgId: org.orgId, action: "scenario.unarchived" } })).toBe(0);
  });

  it("leaves an archived scenario archived when a viewer tries", async () => {
    const org = await seedOrganization();
    await archiveScenario(database, org.owner, org.slug, { scenarioId: org.scenarioId });

    expect(await unarchiveScenario(database, org.viewer, org.slug, { scenarioId: org.scenarioId })).toMatchObject({ status: "forbidden" });
    const scenario = await database.scenario.findFirstOrThrow({ where: { id: org.scenarioId } });
    expect(scenario.archivedAt).not.toBeNull();
  });
});

describe("role matrix", () => {
  type Role = "owner" | "editor" | "viewer" | "outsider";
  type Org = Awaited<ReturnType<typeof seedOrganization>>;

  /** Each operation in a fresh organization, so one role's success does not change another's starting point. */
  const operations: Record<string, (org: Org, actor: Actor) => Promise<{ status: string }>> = {
    create: (org, actor) => createScenario(database, actor, org.slug, { name: "Matrix", description: "" }, TODAY),
    save: async (org, actor) => {
      const { inputs } = await latestInputs(org.orgId, org.scenarioId);

      return saveScenarioEdit(database, actor, org.slug, { scenarioId: org.scenarioId, expectedVersion: 1, inputs: { ...inputs, scale: 2 } }, TODAY);
    },
    restore: async (org, actor) => {
      const { inputs } = await latestInputs(org.orgId, org.scenarioId);
      await saveScenarioEdit(database, org.owner, org.slug, { scenarioId: org.scenarioId, expectedVersion: 1, inputs: { ...inputs, scale: 2 } }, TODAY);

      return restoreScenarioRevision(database, actor, org.slug, { scenarioId: org.scenarioId, revisionNumber: 1, expectedVersion: 2 }, TODAY);
    },
    duplicate: (org, actor) => duplicateScenario(database, actor, org.slug, { scenarioId: org.scenarioId }, TODAY),
    archive: (org, actor) => archiveScenario(database, actor, org.slug, { scenarioId: org.scenarioId }),
    unarchive: async (org, actor) => {
      await archiveScenario(database, org.owner, org.slug, { scenarioId: org.scenarioId });

      return unarchiveScenario(database, actor, org.slug, { scenarioId: org.scenarioId });
    },
    comment: (org, actor) => createComment(database, actor, org.slug, { scenarioId: org.scenarioId, body: "A comment" }),
    "edit own comment": async (org, actor) => {
      const posted = await createComment(database, actor, org.slug, { scenarioId: org.scenarioId, body: "Mine" });
      if (posted.status !== "ok") return posted;

      return updateComment(database, actor, org.slug, { commentId: posted.commentId, body: "Mine, edited" });
    },
    "edit another's comment": async (org, actor) => {
      const posted = await createComment(database, org.editor.id === actor.id ? org.viewer : org.editor, org.slug, { scenarioId: org.scenarioId, body: "Theirs" });
      if (posted.status !== "ok") throw new Error("seeding a comment failed");

      return updateComment(database, actor, org.slug, { commentId: posted.commentId, body: "Not mine" });
    },
    "delete another's comment": async (org, actor) => {
      const posted = await createComment(database, org.editor.id === actor.id ? org.viewer : org.editor, org.slug, { scenarioId: org.scenarioId, body: "Theirs" });
      if (posted.status !== "ok") throw new Error("seeding a comment failed");

      return deleteComment(database, actor, org.slug, { commentId: posted.commentId });
    },
  };

  const allowed = (status: string) => ["created", "saved", "archived", "unarchived", "ok"].includes(status);
  const expected: Record<string, Record<Role, "allowed" | "forbidden" | "not-found">> = {
    create: { owner: "allowed", editor: "allowed", viewer: "forbidden", outsider: "not-found" },
    save: { owner: "allowed", editor: "allowed", viewer: "forbidden", outsider: "not-found" },
    restore: { owner: "allowed", editor: "allowed", viewer: "forbidden", outsider: "not-found" },
    duplicate: { owner: "allowed", editor: "allowed", viewer: "forbidden", outsider: "not-found" },
    archive: { owner: "allowed", editor: "allowed", viewer: "forbidden", outsider: "not-found" },
    unarchive: { owner: "allowed", editor: "allowed", viewer: "forbidden", outsider: "not-found" },
    comment: { owner: "allowed", editor: "allowed", viewer: "allowed", outsider: "not-found" },
    "edit own comment": { owner: "allowed", editor: "allowed", viewer: "allowed", outsider: "not-found" },
    "edit another's comment": { owner: "forbidden", editor: "forbidden", viewer: "forbidden", outsider: "not-found" },
    "delete another's comment": { owner: "allowed", editor: "forbidden", viewer: "forbidden", outsider: "not-found" },
  };

  const cases = Object.keys(operations).flatMap((operation) => (["owner", "editor", "viewer", "outsider"] as const).map((role) => [operation, role] as const));

  it.each(cases)("%s by %s", async (operation, role) => {
    const org = await seedOrganization();
    const result = await operations[operation](org, org[role]);

    const outcome = allowed(result.status) ? "allowed" : result.status;
    expect(outcome).toBe(expected[operation][role]);
  });

  it("leaves the scenario untouched after refused saves", async () => {
    const org = await seedOrganization();
    await operations.save(org, org.viewer);
    await operations.save(org, org.outsider);
    await operations.archive(org, org.viewer);

    const scenario = await database.scenario.findFirstOrThrow({ where: { id: org.scenarioId } });
    expect(scenario).toMatchObject({ version: 1, archivedAt: null });
  });
});

describe("unreadable revision", () => {
  it("is reported instead of throwing", async () => {
    const org = await seedOrganization();
    const first = await database.scenarioRevision.findFirstOrThrow({ where: { scenarioId: org.scenarioId, number: 1 } });
    const inputs = { ...(first.inputs as Record<string, unknown>), options: "none" };
    await database.scenarioRevision.create({
      data: { orgId: org.orgId, scenarioId: org.scenarioId, number: 2, inputs, resolved: first.resolved ?? {}, pricesAsOf: first.pricesAsOf, catalogVersion: first.catalogVersion },
    });
    await database.scenario.update({ where: { id: org.scenarioId }, data: { version: 2 } });

    const latest = await getLatestRevision(database, org.orgId, org.scenarioId);
    expect(latest?.inputs).toBeNull();
    expect(latest?.readProblem).toMatch(/^Revision 2 cannot be read: options: .+/);
    expect((await listScenarioRevisions(database, org.orgId, org.scenarioId)).map((revision) => revision.inputs === null)).toEqual([true, false]);

    const restored = await restoreScenarioRevision(database, org.editor, org.slug, { scenarioId: org.scenarioId, revisionNumber: 2, expectedVersion: 2 }, TODAY);
    expect(restored).toEqual({ status: "invalid", problems: [{ path: "", message: latest?.readProblem }] });

    const copy = await duplicateScenario(database, org.editor, org.slug, { scenarioId: org.scenarioId }, TODAY);
    expect(copy).toEqual({ status: "invalid", message: latest?.readProblem });
  });
});
