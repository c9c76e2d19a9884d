"use client";

import { useActionState, useState } from "react";

import { createCommentAction, deleteCommentAction, updateCommentAction, type CommentFormState } from "@/lib/server/actions/comment-actions";

export interface CommentItem {
  id: string;
  body: string;
  authorName: string;
  createdAt: string;
  edited: boolean;
  revisionNumber: number | null;
  canEdit: boolean;
  canDelete: boolean;
}

function CommentEntry({ orgSlug, scenarioId, comment }: { orgSlug: string; scenarioId: string; comment: CommentItem }) {
  const [editing, setEditing] = useState(false);
  const [updateState, updateAction, updating] = useActionState<CommentFormState, FormData>(updateCommentAction.bind(null, orgSlug, scenarioId, comment.id), { body: comment.body });
  const [deleteState, deleteAction, deleting] = useActionState<CommentFormState>(deleteCommentAction.bind(null, orgSlug, scenarioId, comment.id), { body: "" });
  const [seenUpdates, setSeenUpdates] = useState(0);
  if ((updateState.posted ?? 0) > seenUpdates) {
    setSeenUpdates(updateState.posted ?? 0);
    setEditing(false);
  }

  return (
    <li className="space-y-1 rounded border border-slate-200 bg-white p-3" data-testid="comment">
      <p className="text-xs text-slate-500">
        {comment.authorName} · {comment.createdAt}
        {comment.edited ? " · edited" : ""}
        {comment.revisionNumber !== null ? ` · about revision ${comment.revisionNumber}` : ""}
      </p>
      {editing ? (
        <form action={updateAction} className="space-y-1">
          <label htmlFor={`comment-${comment.id}-body`} className="sr-only">
            Edit comment
          </label>
          <textarea id={`comment-${comment.id}-body`} name="body" defaultValue={updateState.body || comment.body} rows={3} className="w-full rounded border border-slate-300 px-2 py-1 text-sm" aria-describedby={`comment-${comment.id}-error`} />
          <p id={`comment-${comment.id}-error`} className="text-sm text-red-700" aria-live="polite">
            {updateState.error}
          </p>
          <button type="submit" disabled={updating} className="rounded bg-blue-700 px-3 py-1 text-sm text-white">
            Save comment
          </button>
          <button type="button" onClick={() => setEditing(false)} className="ml-2 text-sm">
            Cancel
          </button>
        </form>
      ) : (
        <p className="whitespace-pre-wrap text-sm">{comment.body}</p>
      )}
      <div className="flex gap-3 text-sm">
        {comment.canEdit && !editing ? (
          <button type="button" onClick={() => setEditing(true)} className="text-blue-700">
            Edit
          </button>
        ) : null}
        {comment.canDelete ? (
          <form action={deleteAction}>
            <button type="submit" disabled={deleting} className="text-red-700">
              Delete
            </button>
          </form>
        ) : null}
        <span className="text-red-700" aria-live="polite">
          {deleteState.error}
        </span>
      </div>
    </li>
  );
}

/** A scenario's comments with a form to post one, optionally about a revision. */
export function CommentThread({ orgSlug, scenarioId, comments, revisionNumbers, canComment }: { orgSlug: string; scenarioId: string; comments: CommentItem[]; revisionNumbers: number[]; canComment: boolean }) {
  const [state, formAction, pending] = useActionState<CommentFormState, FormData>(createCommentAction.bind(null, orgSlug, scenarioId), { body: "" });

  return (
    <section aria-labelledby="comments-heading" className="space-y-3">
      <h2 id="comments-heading">Comments</h2>
      {comments.length === 0 ? <p className="text-sm text-slate-600">No comments yet.</p> : null}
      <ul className="space-y-2">
        {comments.map((comment) => (
          <CommentEntry key={comment.id} orgSlug={orgSlug} scenarioId={scenarioId} comment={comment} />
        ))}
      </ul>
      {canComment ? (
        <form action={formAction} className="space-y-2" key={state.posted ?? 0}>
          <label htmlFor="new-comment" className="block text-sm font-medium">
            Add a comment
          </label>
          <textarea id="new-comment" name="body" defaultValue={state.body} rows={3} className="w-full rounded border border-slate-300 px-2 py-1 text-sm" aria-describedby="new-comment-error" />
          <label htmlFor="new-comment-revision" className="mr-2 text-sm">
            About revision
          </label>
          <select id="new-comment-revision" name="revisionNumber" defaultValue="" className="rounded border border-slate-300 px-2 py-1 text-sm">
            <option value="">(the scenario in general)</option>
            {revisionNumbers.map((number) => (
              <option key={number} value={number}>
                {number}
              </option>
            ))}
          </select>
          <p id="new-comment-error" className="text-sm text-red-700" aria-live="polite">
            {state.error}
          </p>
          <button type="submit" disabled={pending} className="rounded bg-blue-700 px-3 py-1 text-sm text-white">
            Post comment
          </button>
        </form>
      ) : null}
    </section>
  );
}
