import { formatMoney, formatNumber, formatPercent } from "@/lib/format";
import type { ReportAssumption } from "@/lib/report/report-data";

const FIELD_LABELS: Record<string, string> = {
  inputPricePerMTok: "Input price per 1M tokens",
  cachedInputPricePerMTok: "Cached input price per 1M tokens",
  outputPricePerMTok: "Output price per 1M tokens",
  discount: "Discount",
  pricePerSeatPerMonth: "Price per seat and month",
  minimumSeats: "Minimum seats",
  trainingGpuHourPrice: "Training GPU-hour price",
  servingGpuHourPrice: "Serving GPU-hour price",
  daptGpuHours: "DAPT GPU-hours",
  sftGpuHours: "SFT GPU-hours",
  gpusPerReplica: "GPUs per replica",
  throughputTokensPerSecond: "Throughput per replica (tokens/s)",
};

function formatValue(row: ReportAssumption, currency: string): string {
  if (row.value === null) return "hidden";
  if (row.field === "discount") return formatPercent(row.value);
  if (row.unitPrice) return formatMoney(row.value, currency);

  return formatNumber(row.value, 4);
}

/** Every catalog value the report uses, with its source and the date it was checked. */
export function AssumptionsTable({ rows, currency, pricesAsOf }: { rows: ReportAssumption[]; currency: string; pricesAsOf: string }) {
  return (
    <section aria-labelledby="assumptions-heading" className="space-y-2 break-inside-avoid">
      <h2 id="assumptions-heading">Assumptions and sources</h2>
      <p className="text-sm text-slate-600">Catalog prices in force on {pricesAsOf}. Values set in the scenario itself have no catalog source.</p>
      <div className="overflow-x-auto">
        <table className="min-w-full border-collapse bg-white text-sm" data-testid="assumptions-table">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th className="p-2">Option</th>
              <th className="p-2">Catalog entry</th>
              <th className="p-2">Input</th>
              <th className="p-2 text-right">Value</th>
              <th className="p-2">Source</th>
              <th className="p-2">Checked</th>
              <th className="p-2">Verified</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.optionId}-${row.field}`} className="border-b border-slate-200">
                <td className="p-2">
                  <bdi>{row.optionName}</bdi>
                </td>
                <td className="p-2">{row.entry ?? "set in the scenario"}</td>
                <td className="p-2">{FIELD_LABELS[row.field] ?? row.field}</td>
                <td className="p-2 text-right tabular-nums">{formatValue(row, currency)}</td>
                <td className="p-2 break-all">
                  {row.sourceUrl ? (
                    <a href={row.sourceUrl} rel="noopener noreferrer nofollow">
                      {row.sourceUrl}
                    </a>
                  ) : (
                    "none"
                  )}
                </td>
                <td className="p-2">{row.checkedAt ?? "unknown"}</td>
                <td className="p-2">{row.verified ? "yes" : "no"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
