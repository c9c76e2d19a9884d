import "server-only";

import type { ScenarioInputs } from "@/lib/scenario/inputs";
import { readStoredInputs } from "@/lib/scenario/read-stored-inputs";

import type { Database } from "../db";

export interface RevisionSummary {
  id: string;
  number: number;
  /** The stored inputs, or null when they fail today's schema; `readProblem` then explains why. */
  inputs: ScenarioInputs | null;
  readProblem: string | null;
  message: string | null;
  createdAt: Date;
  author: { id: string; name: string | null; email: string } | null;
}

/** Shows a person by name, or by the part of the email before "@" when they have no name. */
export const displayName = (author: RevisionSummary["author"]): string =>
  author ? (author.name ?? author.email.split("@")[0]) : "someone no longer in the organization";

const revisionSelect = {
  id: true,
  number: true,
  inputs: true,
  message: true,
  createdAt: true,
  authorId: true,
} as const;

type RevisionRow = { id: string; number: number; inputs: unknown; message: string | null; createdAt: Date; authorId: string | null };

/** Attaches authors to revisions; a revision's author may have left, which leaves it null. */
export async function withAuthors(database: Database, rows: RevisionRow[]): Promise<RevisionSummary[]> {
  const ids = [...new Set(rows.flatMap((row) => (row.authorId ? [row.authorId] : [])))];
  const users = await database.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } });

  return rows.map((row) => {
    const stored = readStoredInputs(row.number, row.inputs);

    return {
      id: row.id,
      number: row.number,
      inputs: stored.ok ? stored.inputs : null,
      readProblem: stored.ok ? null : stored.problem.message,
      message: row.message,
      createdAt: row.createdAt,
      author: users.find((user) => user.id === row.authorId) ?? null,
    };
  });
}

/** Returns the newest revision of a scenario of this organization, or null. */
export async function getLatestRevision(database: Database, orgId: string, scenarioId: string): Promise<RevisionSummary | null> {
  const row = await database.scenarioRevision.findFirst({ where: { orgId, scenarioId }, orderBy: { number: "desc" }, select: revisionSelect });
  if (!row) return null;

  return (await withAuthors(database, [row]))[0];
}

/** Returns one revision by number, or null for a missing one or another organization's. */
export async function getRevisionByNumber(database: Database, orgId: string, scenarioId: string, number: number): Promise<RevisionSummary | null> {
  const row = await database.scenarioRevision.findFirst({ where: { orgId, scenarioId, number }, select: revisionSelect });
  if (!row) return null;

  return (await withAuthors(database, [row]))[0];
}

/** Lists every revision of a scenario, newest first. */
export async function listScenarioRevisions(database: Database, orgId: string, scenarioId: string): Promise<RevisionSummary[]> {
  const rows = await database.scenarioRevision.findMany({ where: { orgId, scenarioId }, orderBy: { number: "desc" }, select: revisionSelect });

  return withAuthors(database, rows);
}
