import "server-only";

import type { Database } from "../db";

export interface CommentView {
  id: string;
  body: string;
  createdAt: Date;
  updatedAt: Date;
  revisionNumber: number | null;
  author: { id: string; name: string | null; email: string } | null;
  authorId: string;
}

/** Lists a scenario's comments, oldest first, with their authors and the revision each is about. */
export async function listComments(database: Database, orgId: string, scenarioId: string): Promise<CommentView[]> {
  const rows = await database.comment.findMany({
    where: { orgId, scenarioId },
    orderBy: { createdAt: "asc" },
    select: { id: true, body: true, createdAt: true, updatedAt: true, authorId: true, revision: { select: { number: true } } },
  });
  const users = await database.user.findMany({
    where: { id: { in: [...new Set(rows.map((row) => row.authorId))] } },
    select: { id: true, name: true, email: true },
  });

  return rows.map((row) => ({
    id: row.id,
    body: row.body,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    revisionNumber: row.revision?.number ?? null,
    authorId: row.authorId,
    author: users.find((user) => user.id === row.authorId) ?? null,
  }));
}
