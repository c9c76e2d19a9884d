import { formatMoney, formatNumber, formatPercent } from "@/lib/format";
import type { EvaluationResult, Scenario } from "@/lib/tco";

const KIND_LABELS = { api: "API, per token", seat: "Seats", selfHosted: "Self-hosted" } as const;

function servingModeText(model: Scenario, optionId: string): string {
  const option = model.options.find((candidate) => candidate.id === optionId);
  if (!option || option.kind !== "selfHosted") return "";
  if (option.servingMode === "utilization") {
    return "Utilization mode: GPU time is paid in proportion to the work done, as on a shared cluster. Dedicated replicas sized for the peak cost more, especially for small teams.";
  }

  return "Dedicated mode: replicas are sized for the peak load and paid whether busy or not.";
}

/** The scenario's options with their TCO, and every non-API option compared with each API. */
export function ReportSummary({ model, evaluation, currency }: { model: Scenario; evaluation: EvaluationResult; currency: string }) {
  const apiOptions = evaluation.options.filter((option) => option.kind === "api");
  const nameOf = (id: string) => evaluation.options.find((option) => option.id === id)?.name ?? id;
  const comparisons = evaluation.comparisons.filter(
    (comparison) =>
      apiOptions.some((api) => api.id === comparison.baselineId) &&
      evaluation.options.find((option) => option.id === comparison.optionId)?.kind !== "api",
  );

  return (
    <div className="space-y-6">
      <section aria-labelledby="options-heading" className="space-y-2">
        <h2 id="options-heading">Total cost of ownership over {evaluation.years} {evaluation.years === 1 ? "year" : "years"}</h2>
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
              {evaluation.options.map((option) => (
                <tr key={option.id} className="border-b border-slate-200" data-option-id={option.id}>
                  <th scope="row" className="p-2 text-left font-medium">
                    {option.name}
                    {option.id === evaluation.cheapestOptionId ? <span className="ml-2 rounded bg-green-100 px-1 text-xs text-green-800">cheapest</span> : null}
                  </th>
                  <td className="p-2">
                    {KIND_LABELS[option.kind]}
                    {option.selfHosted ? `, ${option.selfHosted.servingMode} mode` : ""}
                  </td>
                  <td className="p-2 text-right tabular-nums" data-testid={`tco-${option.id}`}>
                    {formatMoney(option.total, currency)}
                  </td>
                  <td className="p-2 text-right tabular-nums">{formatMoney(option.costPerQuery, currency, 4)}</td>
                  <td className="p-2 text-right tabular-nums">{formatMoney(option.costPerEngineerMonth, currency)}</td>
                  <td className="p-2 text-right tabular-nums">{formatMoney(option.costPerAcceptedAnswer, currency, 4)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {comparisons.length > 0 ? (
        <section aria-labelledby="savings-heading" className="space-y-2">
          <h2 id="savings-heading">Savings against each API</h2>
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
              {comparisons.map((comparison) => (
                <tr key={`${comparison.optionId}-${comparison.baselineId}`} className="border-b border-slate-200">
                  <td className="p-2">{nameOf(comparison.optionId)}</td>
                  <td className="p-2">{nameOf(comparison.baselineId)}</td>
                  <td className="p-2 text-right tabular-nums" data-testid={`saving-${comparison.optionId}-vs-${comparison.baselineId}`}>
                    {formatPercent(comparison.savings)}
                  </td>
                  <td className="p-2 text-right tabular-nums">
                    {comparison.breakEvenEngineers === null
                      ? "never cheaper"
                      : `${formatNumber(comparison.breakEvenEngineers)} engineers${comparison.cheaperAbove ? "" : " (not cheaper at every larger size)"}`}
                  </td>
                  <td className="p-2 text-right tabular-nums">{comparison.paybackMonth === null ? "none" : `month ${comparison.paybackMonth}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      {evaluation.options
        .filter((option) => option.selfHosted)
        .map((option) => (
          <p key={option.id} className="rounded bg-amber-50 p-3 text-sm text-amber-900" data-testid={`serving-mode-${option.id}`}>
            <strong>{option.name}:</strong> {servingModeText(model, option.id)}
          </p>
        ))}
    </div>
  );
}
