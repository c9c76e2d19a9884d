import { formatMoney, formatPercent } from "@/lib/format";
import type { ReportData } from "@/lib/report/report-data";

import { AssumptionsTable } from "./assumptions-table";
import { CumulativeChart } from "./charts/cumulative-chart";
import { IntervalChart } from "./charts/interval-chart";
import { SweepChart } from "./charts/sweep-chart";
import { TornadoChart } from "./charts/tornado-chart";
import { ReportHeadline } from "./report-headline";
import { AccuracyAssumedNote, ReportSummary } from "./report-summary";
import { YearlyBreakdownTable } from "./yearly-breakdown-table";

function AcceptedAnswerChart({ report }: { report: ReportData }) {
  const rows = report.options.flatMap((option) => (option.costPerAcceptedAnswer === null ? [] : [{ id: option.id, name: option.name, value: option.costPerAcceptedAnswer }]));
  if (rows.length === 0) return null;

  return (
    <IntervalChart
      id="accepted-answer"
      title="Cost per accepted answer"
      description="TCO divided by the requests whose answer is accepted (requests times each option's accuracy)."
      axisLabel={`Cost per accepted answer (${report.currency})`}
      rows={rows}
      currency={report.currency}
      fractionDigits={4}
      note={<AccuracyAssumedNote report={report} />}
      table={
        <table className="min-w-full text-right tabular-nums">
          <thead>
            <tr>
              <th scope="col" className="p-1 text-left">Option</th>
              <th scope="col" className="p-1">Accuracy</th>
              <th scope="col" className="p-1">Cost per accepted answer</th>
            </tr>
          </thead>
          <tbody>
            {report.options.map((option) => (
              <tr key={option.id}>
                <th scope="row" className="p-1 text-left font-normal">
                  <bdi>{option.name}</bdi>
                </th>
                <td className="p-1">{option.accuracyAssumed ? `${formatPercent(option.accuracy)} (assumed)` : formatPercent(option.accuracy)}</td>
                <td className="p-1">{formatMoney(option.costPerAcceptedAnswer, report.currency, 4)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

function MonteCarloChart({ report }: { report: ReportData }) {
  const monteCarlo = report.monteCarlo;
  if (!monteCarlo) return null;

  const nameOf = (id: string) => report.options.find((option) => option.id === id)?.name ?? id;

  return (
    <IntervalChart
      id="monte-carlo"
      title="Uncertainty of the TCO (P5 to P95)"
      description={`${monteCarlo.samples.toLocaleString("en-US")} draws (seed ${monteCarlo.seed}) of the inputs that carry a distribution: ${monteCarlo.uncertainInputs.join(", ")}. Bands span P5 to P95; the tick marks the median.`}
      axisLabel={`TCO (${report.currency})`}
      rows={monteCarlo.options.map((option) => ({ id: option.id, name: nameOf(option.id), value: option.p50, low: option.p5, high: option.p95 }))}
      currency={report.currency}
      table={
        <table className="min-w-full text-right tabular-nums">
          <thead>
            <tr>
              <th scope="col" className="p-1 text-left">Option</th>
              <th scope="col" className="p-1">P5</th>
              <th scope="col" className="p-1">P50</th>
              <th scope="col" className="p-1">P95</th>
              <th scope="col" className="p-1">Mean</th>
              <th scope="col" className="p-1">Probability cheapest</th>
            </tr>
          </thead>
          <tbody>
            {monteCarlo.options.map((option) => (
              <tr key={option.id}>
                <th scope="row" className="p-1 text-left font-normal">
                  <bdi>{nameOf(option.id)}</bdi>
                </th>
                <td className="p-1">{formatMoney(option.p5, report.currency)}</td>
                <td className="p-1">{formatMoney(option.p50, report.currency)}</td>
                <td className="p-1">{formatMoney(option.p95, report.currency)}</td>
                <td className="p-1">{formatMoney(option.mean, report.currency)}</td>
                <td className="p-1">{formatPercent(option.probabilityCheapest)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

/** The whole report, rendered on the server from computed data; no client JavaScript. */
export function ReportView({ report }: { report: ReportData }) {
  const nameOf = (id: string) => report.options.find((option) => option.id === id)?.name ?? id;

  return (
    <div className="space-y-8">
      <ReportHeadline report={report} />
      <ReportSummary report={report} />
      <YearlyBreakdownTable rows={report.yearly} currency={report.currency} />
      <section aria-labelledby="charts-heading" className="space-y-8">
        <h2 id="charts-heading">Charts</h2>
        <SweepChart data={report.sweep} currency={report.currency} years={report.years} />
        <CumulativeChart data={report.cumulative} currency={report.currency} />
        <AcceptedAnswerChart report={report} />
        {report.tornado && report.tornado.bars.length > 0 ? (
          <TornadoChart data={report.tornado} optionName={nameOf(report.tornado.optionId)} baselineName={nameOf(report.tornado.baselineId)} />
        ) : null}
        <MonteCarloChart report={report} />
      </section>
      <AssumptionsTable rows={report.assumptions} currency={report.currency} pricesAsOf={report.pricesAsOf} />
    </div>
  );
}
