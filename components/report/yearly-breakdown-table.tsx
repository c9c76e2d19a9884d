import { formatMoney } from "@/lib/format";
import type { YearlyBreakdownRow } from "@/lib/report/yearly-breakdown";

/** Each option's costs by year and in total: training, usage, operations, fixed. */
export function YearlyBreakdownTable({ rows, currency }: { rows: YearlyBreakdownRow[]; currency: string }) {
  return (
    <section aria-labelledby="yearly-heading" className="space-y-2 break-inside-avoid">
      <h2 id="yearly-heading">Yearly breakdown</h2>
      <div className="overflow-x-auto">
        <table className="min-w-full border-collapse bg-white text-sm tabular-nums" data-testid="yearly-table">
          <thead>
            <tr className="border-b border-slate-300 text-right">
              <th className="p-2 text-left">Option</th>
              <th className="p-2 text-left">Year</th>
              <th className="p-2">Training</th>
              <th className="p-2">Usage</th>
              <th className="p-2">Operations</th>
              <th className="p-2">Fixed</th>
              <th className="p-2">Total</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.optionId}-${row.year}`} className={`border-b border-slate-200 text-right ${row.year === "total" ? "font-semibold" : ""}`}>
                <th scope="row" className="p-2 text-left font-medium">
                  {row.name}
                </th>
                <td className="p-2 text-left">{row.year === "total" ? "All years" : row.year}</td>
                <td className="p-2">{formatMoney(row.training, currency)}</td>
                <td className="p-2">{formatMoney(row.usage, currency)}</td>
                <td className="p-2">{formatMoney(row.operations, currency)}</td>
                <td className="p-2">{formatMoney(row.fixed, currency)}</td>
                <td className="p-2">{formatMoney(row.total, currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
