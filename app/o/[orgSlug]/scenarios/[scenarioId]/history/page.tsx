import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";

import { ChangeTable } from "@/components/scenario-editor/conflict-view";
import { ScenarioCommandButton } from "@/components/scenario-editor/scenario-command-button";
import { CommentThread } from "@/components/scenario-history/comment-thread";
import { ArchivedBadge, ScenarioNav } from "@/components/scenario-nav";
import { diffDocuments } from "@/lib/scenario/diff";
import { getOrgAccessOrThrow } from "@/lib/server/access";
import { archiveScenarioAction, duplicateScenarioAction, restoreRevisionAction, unarchiveScenarioAction } from "@/lib/server/actions/scenario-actions";
import { listComments } from "@/lib/server/comments/list-comments";
import { getDatabase } from "@/lib/server/db";
import { displayName, listScenarioRevisions, type RevisionSummary } from "@/lib/server/scenarios/get-latest-revision";
import { getScenario } from "@/lib/server/scenarios/get-scenario";
import { listScenarioActivity } from "@/lib/server/scenarios/list-scenario-activity";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orgSlug: string; scenarioId: string }>; searchParams: Promise<{ from?: string; to?: string }> };

const loadHistory = cache(async (orgSlug: string, scenarioId: string) => {
  const access = await getOrgAccessOrThrow(orgSlug, `/o/${orgSlug}/scenarios/${scenarioId}/history`);
  const database = await getDatabase();
  const scenario = await getScenario(database, access.org.id, scenarioId);
  if (!scenario) notFound();

  const [revisions, comments, activity] = await Promise.all([
    listScenarioRevisions(database, access.org.id, scenario.id),
    listComments(database, access.org.id, scenario.id),
    listScenarioActivity(database, access.org.id, scenario.id),
  ]);

  return { access, scenario, revisions, comments, activity };
});

const formatTime = (date: Date) => date.toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";

const ACTIVITY_LABELS: Record<string, string> = {
  "scenario.created": "created the scenario",
  "scenario.saved": "saved a revision",
  "scenario.duplicated": "created this scenario as a copy",
  "scenario.archived": "archived the scenario",
  "scenario.unarchived": "restored the scenario from the archive",
  "comment.created": "commented",
  "comment.updated": "edited a comment",
  "comment.deleted": "deleted a comment",
};

/** Describes one audit event; a save also names the fields it changed against the revision before it. */
function describeActivity(action: string, details: unknown, revisions: RevisionSummary[]): string {
  const label = ACTIVITY_LABELS[action] ?? action;
  const record = (details ?? {}) as Record<string, unknown>;
  if (action !== "scenario.saved") return label;

  const version = Number(record.version);
  const saved = `${label} (version ${version}${record.message ? `: ${String(record.message)}` : ""})`;
  const after = revisions.find((revision) => revision.number === version);
  const before = revisions.find((revision) => revision.number === version - 1);
  if (!after?.inputs || !before?.inputs) return saved;

  const paths = diffDocuments(before.inputs, after.inputs).map((change) => change.path);
  if (paths.length === 0) return `${saved}, no field changed`;
  const shown = paths.slice(0, 5).join(", ");

  return `${saved}, changed ${shown}${paths.length > 5 ? ` and ${paths.length - 5} more` : ""}`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { orgSlug, scenarioId } = await params;
  const { scenario } = await loadHistory(orgSlug, scenarioId);

  return { title: `History of ${scenario.name}` };
}

export default async function ScenarioHistoryPage({ params, searchParams }: Props) {
  const { orgSlug, scenarioId } = await params;
  const query = await searchParams;
  const { access, scenario, revisions, comments, activity } = await loadHistory(orgSlug, scenarioId);
  const canEdit = access.can("scenario:edit") && !scenario.archivedAt;
  const latest = revisions[0];
  const pick = (text: string | undefined, fallback: number) => revisions.find((revision) => revision.number === Number(text)) ?? revisions.find((revision) => revision.number === fallback);
  const to = pick(query.to, latest?.number ?? 0);
  const from = pick(query.from, (to?.number ?? 1) - 1);
  const changes = from?.inputs && to?.inputs ? diffDocuments(from.inputs, to.inputs) : [];
  const unreadable = [from, to].flatMap((revision) => (revision?.readProblem ? [revision.readProblem] : []));

  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <p className="text-sm">
          <Link href={`/o/${access.org.slug}`}>{access.org.name}</Link>
        </p>
        <h1>
          History of <bdi>{scenario.name}</bdi>
          {scenario.archivedAt ? <ArchivedBadge /> : null}
        </h1>
        {scenario.archivedAt ? (
          <p className="text-sm text-amber-800">Archived on {formatTime(scenario.archivedAt)}: it is hidden from the list, cannot be edited, and its share links do not work.</p>
        ) : null}
        <ScenarioNav orgSlug={access.org.slug} scenarioId={scenario.id} current="history" canEdit={canEdit} />
        <div className="flex flex-wrap gap-3 pt-2">
          {access.can("scenario:create") ? (
            <ScenarioCommandButton action={duplicateScenarioAction.bind(null, access.org.slug, scenario.id)} label="Duplicate" pendingLabel="Duplicating…" />
          ) : null}
          {access.can("scenario:archive") && !scenario.archivedAt ? (
            <ScenarioCommandButton
              action={archiveScenarioAction.bind(null, access.org.slug, scenario.id)}
              label="Archive"
              pendingLabel="Archiving…"
              confirmText="Archive this scenario? It disappears from the list, can no longer be edited, and its share links stop working until it is restored. Members can still read its history and report."
            />
          ) : null}
          {access.can("scenario:archive") && scenario.archivedAt ? (
            <ScenarioCommandButton action={unarchiveScenarioAction.bind(null, access.org.slug, scenario.id)} label="Restore from archive" pendingLabel="Restoring…" />
          ) : null}
        </div>
      </div>

      <section aria-labelledby="revisions-heading" className="space-y-2">
        <h2 id="revisions-heading">Revisions</h2>
        <table className="min-w-full border-collapse bg-white text-sm" data-testid="revisions">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th className="p-2">Revision</th>
              <th className="p-2">Author</th>
              <th className="p-2">Saved</th>
              <th className="p-2">Message</th>
              <th className="p-2" />
            </tr>
          </thead>
          <tbody>
            {revisions.map((revision) => (
              <tr key={revision.id} className="border-b border-slate-200" data-testid={`revision-${revision.number}`}>
                <td className="p-2">{revision.number}</td>
                <td className="p-2">{displayName(revision.author)}</td>
                <td className="p-2">{formatTime(revision.createdAt)}</td>
                <td className="p-2">{revision.message}</td>
                <td className="p-2">
                  {canEdit && latest && revision.number !== latest.number ? (
                    <ScenarioCommandButton
                      action={restoreRevisionAction.bind(null, access.org.slug, scenario.id, revision.number, latest.number)}
                      label={`Restore revision ${revision.number}`}
                      pendingLabel="Restoring…"
                    />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="diff-heading" className="space-y-2">
        <h2 id="diff-heading">Compare two revisions</h2>
        <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
          {(
            [
              ["from", "From revision", from],
              ["to", "To revision", to],
            ] as const
          ).map(([name, label, selected]) => (
            <div key={name}>
              <label htmlFor={`diff-${name}`} className="block font-medium">
                {label}
              </label>
              <select id={`diff-${name}`} name={name} defaultValue={selected?.number} className="rounded border border-slate-300 px-2 py-1">
                {revisions.map((revision) => (
                  <option key={revision.number} value={revision.number}>
                    {revision.number}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <button type="submit" className="rounded border border-slate-400 px-3 py-1">
            Show changes
          </button>
        </form>
        {unreadable.length > 0 ? (
          <ul role="alert" className="list-disc rounded border border-red-300 bg-red-50 p-3 pl-8 text-sm text-red-900">
            {unreadable.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        ) : from && to ? (
          <>
            <p className="text-sm text-slate-600">
              Changes from revision {from.number} to revision {to.number}:
            </p>
            <ChangeTable changes={changes} label={`Changes from revision ${from.number} to ${to.number}`} testId="revision-diff" />
          </>
        ) : (
          <p className="text-sm text-slate-600">There is only one revision so far.</p>
        )}
      </section>

      <CommentThread
        orgSlug={access.org.slug}
        scenarioId={scenario.id}
        canComment={access.can("comment:create")}
        revisionNumbers={revisions.map((revision) => revision.number)}
        comments={comments.map((comment) => ({
          id: comment.id,
          body: comment.body,
          authorName: displayName(comment.author),
          createdAt: formatTime(comment.createdAt),
          edited: comment.updatedAt.getTime() - comment.createdAt.getTime() > 1000,
          revisionNumber: comment.revisionNumber,
          canEdit: comment.authorId === access.user.id,
          canDelete: comment.authorId === access.user.id || access.can("comment:moderate"),
        }))}
      />

      <section aria-labelledby="activity-heading" className="space-y-2">
        <h2 id="activity-heading">Activity</h2>
        <ul className="space-y-1 text-sm" data-testid="activity">
          {activity.map((entry) => (
            <li key={entry.id}>
              <span className="text-slate-500">{formatTime(entry.createdAt)}</span> · {displayName(entry.actor ? { id: "", ...entry.actor } : null)} {describeActivity(entry.action, entry.details, revisions)}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
