"use client";

/** Shown for any failure while rendering a page, for example when the database is down. No stack trace reaches the browser. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-lg space-y-3 rounded-lg border border-red-200 bg-white p-6">
      <h1>Something went wrong</h1>
      <p>The page could not be loaded. If the database was restarting, trying again usually works.</p>
      {error.digest ? <p className="text-sm text-slate-500">Reference: {error.digest}</p> : null}
      <button type="button" onClick={reset} className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">
        Try again
      </button>
    </div>
  );
}
