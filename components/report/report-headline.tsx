import { formatMoney, formatNumber, formatPercent } from "@/lib/format";
import type { ReportData } from "@/lib/report/report-data";

/** Summary paragraph: which option is cheapest, by how much, from which head count, and from which month. */
export function ReportHeadline({ report }: { report: ReportData }) {
  const cheapest = report.options.find((option) => option.id === report.cheapestOptionId);
  if (!cheapest) return null;

  const nameOf = (id: string) => report.options.find((option) => option.id === id)?.name ?? id;
  const ownComparisons = report.comparisons.filter((comparison) => comparison.optionId === cheapest.id);
  const period = `${report.years} ${report.years === 1 ? "year" : "years"}`;

  return (
    <section aria-labelledby="headline-heading" className="space-y-2 rounded border border-slate-200 bg-white p-4" data-testid="report-headline">
      <h2 id="headline-heading">Headline</h2>
      <p>
        <strong>
          <bdi>{cheapest.name}</bdi>
        </strong> is the cheapest option for {formatNumber(report.engineersAtStart)} engineers: {formatMoney(cheapest.total, report.currency)} over {period}.
      </p>
      {ownComparisons.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5">
          {ownComparisons.map((comparison) => (
            <li key={comparison.baselineId}>
              {formatPercent(comparison.savings)} less than <bdi>{nameOf(comparison.baselineId)}</bdi>
              {comparison.breakEvenEngineers !== null ? `; cheaper from ${formatNumber(comparison.breakEvenEngineers)} engineers` : ""}
              {comparison.paybackMonth !== null ? `; pays back in month ${comparison.paybackMonth}` : ""}.
            </li>
          ))}
        </ul>
      ) : null}
      {cheapest.servingMode ? (
        <p className="text-sm text-slate-700">
          Computed in {cheapest.servingMode} serving mode.{" "}
          {cheapest.servingMode === "utilization"
            ? "GPU time is paid only for the work done; replicas kept running for peak load would make the self-hosted model cost more, especially below about a thousand engineers."
            : "Replicas run and are paid for whether busy or not."}
        </p>
      ) : null}
    </section>
  );
}
