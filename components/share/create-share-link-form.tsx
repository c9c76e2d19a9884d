"use client";

import { useActionState } from "react";

import { createShareLinkAction, type ShareLinkFormState } from "@/lib/server/actions/share-actions";

const initialState: ShareLinkFormState = { values: { label: "", follow: "revision", expiresOn: "", hideUnitPrices: false } };

/** Creates a share link and shows it once; only the token's hash is kept on the server. */
export function CreateShareLinkForm({ orgSlug, scenarioId, revisionNumber }: { orgSlug: string; scenarioId: string; revisionNumber: number }) {
  const [state, formAction, pending] = useActionState(createShareLinkAction, initialState);
  const errors = state.fieldErrors ?? {};
  // Without JavaScript the server renders the result, where no origin is known: show the path then.
  const origin = typeof window === "undefined" ? "" : window.location.origin;
  const createdUrl = state.createdPath ? `${origin}${state.createdPath}` : null;

  return (
    <form action={formAction} className="space-y-4 rounded border border-slate-200 bg-white p-4" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="scenarioId" value={scenarioId} />
      <input type="hidden" name="revisionNumber" value={revisionNumber} />

      <div className="space-y-1">
        <label htmlFor="share-label" className="block text-sm font-medium">
          Label (optional)
        </label>
        <input
          id="share-label"
          name="label"
          defaultValue={state.values.label}
          maxLength={80}
          aria-invalid={errors.label ? true : undefined}
          aria-describedby={errors.label ? "share-label-error" : undefined}
          className="w-full max-w-md rounded border border-slate-300 px-2 py-1"
        />
        {errors.label ? (
          <p id="share-label-error" className="text-sm text-red-700">
            {errors.label}
          </p>
        ) : null}
      </div>

      <fieldset className="space-y-1" aria-describedby={errors.follow ? "share-follow-error" : undefined}>
        <legend className="text-sm font-medium">What the link shows</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="follow" value="revision" defaultChecked={state.values.follow !== "latest"} />
          Revision {revisionNumber}, as saved (its prices never change)
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="follow" value="latest" defaultChecked={state.values.follow === "latest"} />
          Always the latest revision, on the current catalog
        </label>
        {errors.follow ? (
          <p id="share-follow-error" className="text-sm text-red-700">
            {errors.follow}
          </p>
        ) : null}
      </fieldset>

      <div className="space-y-1">
        <label htmlFor="share-expires" className="block text-sm font-medium">
          Last day the link works (optional)
        </label>
        <input
          id="share-expires"
          name="expiresOn"
          type="date"
          defaultValue={state.values.expiresOn}
          aria-invalid={errors.expiresOn ? true : undefined}
          aria-describedby={errors.expiresOn ? "share-expires-error" : undefined}
          className="rounded border border-slate-300 px-2 py-1"
        />
        {errors.expiresOn ? (
          <p id="share-expires-error" className="text-sm text-red-700">
            {errors.expiresOn}
          </p>
        ) : null}
      </div>

      <div className="space-y-1">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="hideUnitPrices" defaultChecked={state.values.hideUnitPrices} aria-describedby="share-hide-prices-note" />
          Hide unit prices (per-token, per-seat and per-GPU-hour prices and discounts); totals and savings stay visible
        </label>
        <p id="share-hide-prices-note" className="text-sm text-slate-600">
          Totals can still reveal a price when an option has a single priced input. For example, a seat plan&apos;s price is its total divided by its
          seat-months.
        </p>
      </div>

      <div aria-live="polite" className="space-y-2">
        {state.formError ? (
          <p role="alert" className="text-sm text-red-700">
            {state.formError}
          </p>
        ) : null}
        {createdUrl ? (
          <div className="space-y-1 rounded bg-green-50 p-3 text-sm text-green-900">
            <label htmlFor="share-created-url" className="block font-medium">
              Link created. Copy it now: it is shown only once.
            </label>
            <input id="share-created-url" readOnly value={createdUrl} className="w-full rounded border border-green-300 bg-white px-2 py-1 font-mono text-xs" data-testid="created-share-url" />
          </div>
        ) : null}
      </div>

      <button type="submit" disabled={pending} className="rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60">
        {pending ? "Creating…" : "Create link"}
      </button>
    </form>
  );
}
