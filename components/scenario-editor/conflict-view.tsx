"use client";

import { formatChangeValue, type FieldChange } from "@/lib/scenario/diff";

/** Renders field changes as a table of path, value before and value after. */
export function ChangeTable({ changes, label, testId, highlight = [] }: { changes: readonly FieldChange[]; label: string; testId: string; highlight?: readonly string[] }) {
  if (changes.length === 0) return <p className="text-sm text-slate-600">No changes.</p>;

  return (
    <table className="min-w-full border-collapse bg-white text-sm" aria-label={label} data-testid={testId}>
      <thead>
        <tr className="border-b border-slate-300 text-left">
          <th className="p-1">Field</th>
          <th className="p-1">Before</th>
          <th className="p-1">After</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.path} className={highlight.includes(change.path) ? "border-b border-slate-200 bg-amber-50" : "border-b border-slate-200"}>
            <td className="p-1 font-mono text-xs">{change.path}</td>
            <td className="p-1 font-mono text-xs">{formatChangeValue(change.before)}</td>
            <td className="p-1 font-mono text-xs">{formatChangeValue(change.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface ConflictDetails {
  latestNumber: number;
  latestAuthor: string;
  latestAt: string;
  latestMessage: string | null;
  baseVersion: number;
  theirs: FieldChange[];
  mine: FieldChange[];
  collisions: string[];
}

/**
 * Shown when a save was made on an older version: what the other person changed since the
 * version this editor started from, next to this person's own edits, and the ways forward.
 */
export function ConflictView({ conflict, onReapply, onDiscard }: { conflict: ConflictDetails; onReapply: () => void; onDiscard: () => void }) {
  return (
    <section role="alert" aria-labelledby="conflict-heading" className="space-y-3 rounded border border-amber-400 bg-amber-50 p-4" data-testid="conflict-view">
      <h2 id="conflict-heading">Someone else saved this scenario while you were editing</h2>
      <p className="text-sm">
        You started from version {conflict.baseVersion}. {conflict.latestAuthor} saved version {conflict.latestNumber} on {conflict.latestAt}
        {conflict.latestMessage ? ` ("${conflict.latestMessage}")` : ""}. Nothing was overwritten, and your edits are still in the editor.
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        <div className="space-y-1">
          <h3 className="font-medium">Their changes (version {conflict.baseVersion} → {conflict.latestNumber})</h3>
          <ChangeTable changes={conflict.theirs} label="Their changes" testId="conflict-theirs" highlight={conflict.collisions} />
        </div>
        <div className="space-y-1">
          <h3 className="font-medium">Your edits (on version {conflict.baseVersion})</h3>
          <ChangeTable changes={conflict.mine} label="Your edits" testId="conflict-mine" highlight={conflict.collisions} />
        </div>
      </div>
      {conflict.collisions.length > 0 ? (
        <p className="text-sm">
          You both changed {conflict.collisions.map((path) => <code key={path} className="mx-1">{path}</code>)}. Re-applying puts your value there; check it before you save.
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={onReapply} className="rounded bg-blue-700 px-3 py-2 text-sm font-medium text-white hover:bg-blue-800">
          Re-apply my edits on version {conflict.latestNumber}
        </button>
        <button type="button" onClick={onDiscard} className="rounded border border-slate-400 px-3 py-2 text-sm">
          Discard my edits and load version {conflict.latestNumber}
        </button>
      </div>
    </section>
  );
}
