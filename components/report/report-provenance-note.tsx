/** Which revision and price date a report shows, and whether the catalog has moved on since. */
export function ReportProvenanceNote({
  revisionNumber,
  pinned,
  pricesAsOf,
  catalogChangedSince,
}: {
  revisionNumber: number;
  pinned: boolean;
  pricesAsOf: string;
  catalogChangedSince: boolean;
}) {
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-600" data-testid="report-provenance">
        Revision {revisionNumber} · prices as of {pricesAsOf} ·{" "}
        {pinned ? "values stored with this revision when it was saved" : "computed on the server from the current catalog"}
      </p>
      {catalogChangedSince ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" data-testid="catalog-changed">
          The catalog has changed since this revision was saved. The numbers below use the prices stored with the revision, as of {pricesAsOf}.
        </p>
      ) : null}
    </div>
  );
}
