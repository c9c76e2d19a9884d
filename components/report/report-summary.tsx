import { formatMoney, formatNumber, formatPercent } from "@/lib/format";
import type { ReportData } from "@/lib/report/report-data";

const KIND_LABELS = { api: "API, per token", seat: "Seats", selfHosted: "Self-hosted" } as const;

export function servingModeText(mode: "utilization" | "dedicated"): string {
  if (mode === "utilization") {
    return "Utilization mode: GPU time is paid in proportion to the work done, as on a shared cluster. Dedicated replicas sized for the peak cost more, especially for small teams.";
  }

  return "Dedicated mode: replicas are sized for the peak load and paid whether busy or not, so small teams pay for idle GPUs.";
}

function breakEvenText(engineers: number | null, cheaperAbove: boolean | null): string {
  if (engineers === null) return "never cheaper";

  return `${formatNumber(engineers)} engineers${cheaperAbove ? "" : " (not cheaper at every larger size)"}`;
}

/**
 * Names the options whose cost per accepted answer rests on an assumed accuracy of 100 %, where
 * it silently equals the cost per request.
 */
export function AccuracyAssumedNote({ report }: { report: ReportData }) {
  const names = report.options.filter((option) => option.accuracyAssumed).map((option) => option.name);
  if (names.length === 0) return null;

  return (
    <p className="text-sm text-amber-900" data-testid="accuracy-assumed">
      Accuracy not set: assumed 100 % for <bdi>{names.join(", ")}</bdi>. Set the measured pass rate in the scenario editor.
    </p>
  );
}

/** The options with their TCO and unit costs, and the savings of each compared option. */
export function ReportSummary({ report }: { report: ReportData }) {
  const { currency } = report;
  const nameOf = (id: string) => report.options.find((option) => option.id === id)?.name ?? id;

  return (
    <div className="space-y-6">
      <section aria-labelledby="options-heading" className="space-y-2">
        <h2 id="options-heading">
          Total cost of ownership over {report.years} {report.years === 1 ? "year" : "years"}
        </h2>
        <div className="overflow-x-auto">
          <table className="min-w-full border-collapse bg-white text-sm" data-testid="tco-table">
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th className="p-2">Option</th>
                <th className="p-2">Kind</th>
                <th className="p-2 text-right">TCO</th>
                <th className="p-2 text-right">Per request</th>
                <th className="p-2 text-right">Per engineer-month</th>
                <th className="p-2 text-right">Per accepted answer</th>
              </tr>
            </thead>
            <tbody>
              {report.options.map((option) => (
                <tr key={option.id} className="border-b border-slate-200" data-option-id={option.id}>
                  <th scope="row" className="p-2 text-left font-medium">
                    <bdi>{option.name}</bdi>
                    {option.id === report.cheapestOptionId ? <span className="ml-2 rounded bg-green-100 px-1 text-xs text-green-800">cheapest</span> : null}
                  </th>
                  <td className="p-2">
                    {KIND_LABELS[option.kind]}
                    {option.servingMode ? `, ${option.servingMode} mode` : ""}
                  </td>
                  <td className="p-2 text-right tabular-nums" data-testid={`tco-${option.id}`}>
                    {formatMoney(option.total, currency)}
                  </td>
                  <td className="p-2 text-right tabular-nums">{formatMoney(option.costPerQuery, currency, 4)}</td>
                  <td className="p-2 text-right tabular-nums">{option.costPerEngineerMonth === null && report.hideUnitPrices ? "hidden" : formatMoney(option.costPerEngineerMonth, currency)}</td>
                  <td className="p-2 text-right tabular-nums">
                    {formatMoney(option.costPerAcceptedAnswer, currency, 4)}
                    {option.accuracyAssumed ? <span title="Accuracy not set: assumed 100 %">*</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <AccuracyAssumedNote report={report} />
      </section>

      {report.comparisons.length > 0 ? (
        <section aria-labelledby="savings-heading" className="space-y-2">
          <h2 id="savings-heading">Savings against each alternative</h2>
          <div className="overflow-x-auto">
            <table className="min-w-full border-collapse bg-white text-sm" data-testid="savings-table">
              <thead>
                <tr className="border-b border-slate-300 text-left">
                  <th className="p-2">Option</th>
                  <th className="p-2">Against</th>
                  <th className="p-2 text-right">Saving</th>
                  <th className="p-2 text-right">Break-even head count</th>
                  <th className="p-2 text-right">Payback month</th>
                </tr>
              </thead>
              <tbody>
                {report.comparisons.map((comparison) => (
                  <tr key={`${comparison.optionId}-${comparison.baselineId}`} className="border-b border-slate-200">
                    <td className="p-2">
                      <bdi>{nameOf(comparison.optionId)}</bdi>
                    </td>
                    <td className="p-2">
                      <bdi>{nameOf(comparison.baselineId)}</bdi>
                    </td>
                    <td className="p-2 text-right tabular-nums" data-testid={`saving-${comparison.optionId}-vs-${comparison.baselineId}`}>
                      {formatPercent(comparison.savings)}
                    </td>
                    <td className="p-2 text-right tabular-nums">{breakEvenText(comparison.breakEvenEngineers, comparison.cheaperAbove)}</td>
                    <td className="p-2 text-right tabular-nums">{comparison.paybackMonth === null ? "none" : `month ${comparison.paybackMonth}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      {report.options
        .filter((option) => option.servingMode !== null)
        .map((option) => (
          <p key={option.id} className="rounded bg-amber-50 p-3 text-sm text-amber-900" data-testid={`serving-mode-${option.id}`}>
            <strong>
              <bdi>{option.name}</bdi>:
            </strong> {servingModeText(option.servingMode!)}
          </p>
        ))}
    </div>
  );
}
