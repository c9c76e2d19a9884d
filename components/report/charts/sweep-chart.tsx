import { scaleLog } from "d3-scale";

import { formatCompactMoney, formatCompactNumber, formatMoney, formatNumber } from "@/lib/format";
import type { SweepChartData } from "@/lib/report/sweep-series";

import { BottomAxis, CHART_HEIGHT, CHART_WIDTH, ChartFigure, ChartSvg, LeftAxis, MARGIN, SERIES_COLORS, SERIES_DASHES } from "./chart-frame";
import { logDomain, logTicks, positiveRuns } from "./log-axis";

const TITLE = "TCO of each option by head count";

/**
 * TCO of every option across head counts, both axes logarithmic so that small and large teams
 * both stay readable, with each break-even marked. A TCO of 0 has no place on a log axis: such
 * points are left out of the lines and named in a note; the data table still lists them.
 */
export function SweepChart({ data, currency, years }: { data: SweepChartData; currency: string; years: number }) {
  const x = scaleLog().domain(data.engineersDomain).range([MARGIN.left, CHART_WIDTH - MARGIN.right]);
  const totals = data.series.flatMap((series) => series.points.map((point) => point.total));
  const yDomain = logDomain(totals) ?? [1, 10];
  const y = scaleLog()
    .domain(yDomain)
    .range([CHART_HEIGHT - MARGIN.bottom, MARGIN.top]);
  const skipped = data.series.filter((series) => series.points.some((point) => !(point.total > 0))).map((series) => series.name);
  const markers = data.breakEvens.filter((marker) => marker.total > 0);
  const nameOf = (id: string) => data.series.find((series) => series.optionId === id)?.name ?? id;
  const current = data.currentEngineers >= data.engineersDomain[0] && data.currentEngineers <= data.engineersDomain[1] ? data.currentEngineers : null;

  return (
    <ChartFigure
      id="sweep"
      title={TITLE}
      description={`Total cost over ${years} ${years === 1 ? "year" : "years"} when every team grows or shrinks in the same proportion. Circles mark break-even head counts.`}
      legend={data.series.map((series, index) => ({ name: series.name, color: SERIES_COLORS[index % SERIES_COLORS.length], dash: SERIES_DASHES[index % SERIES_DASHES.length] }))}
      data={
        <table className="min-w-full text-right tabular-nums">
          <caption className="sr-only">{TITLE}</caption>
          <thead>
            <tr>
              <th scope="col" className="p-1 text-left">Engineers</th>
              {data.series.map((series) => (
                <th key={series.optionId} scope="col" className="p-1">
                  {series.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.series[0]?.points.map((point, index) => (
              <tr key={point.engineers}>
                <th scope="row" className="p-1 text-left font-normal">
                  {formatNumber(point.engineers)}
                </th>
                {data.series.map((series) => (
                  <td key={series.optionId} className="p-1">
                    {formatMoney(series.points[index].total, currency)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <ChartSvg title={TITLE}>
        <LeftAxis
          ticks={logTicks(yDomain).map((value) => ({ value, y: y(value), text: formatCompactMoney(value, currency) }))}
          x={MARGIN.left}
          x1={CHART_WIDTH - MARGIN.right}
          y0={MARGIN.top}
          y1={CHART_HEIGHT - MARGIN.bottom}
          label={`TCO (${currency}, log scale)`}
        />
        <BottomAxis
          ticks={x.ticks(6).filter((value) => Number.isInteger(Math.log10(value))).map((value) => ({ value, x: x(value), text: formatCompactNumber(value) }))}
          y={CHART_HEIGHT - MARGIN.bottom}
          x0={MARGIN.left}
          x1={CHART_WIDTH - MARGIN.right}
          label="Engineers (log scale)"
        />
        {current !== null ? (
          <g>
            <line x1={x(current)} x2={x(current)} y1={MARGIN.top} y2={CHART_HEIGHT - MARGIN.bottom} stroke="#64748b" strokeDasharray="3 3" />
            <text x={x(current) + 4} y={MARGIN.top + 10} fill="#475569">
              this scenario: {formatNumber(current)}
            </text>
          </g>
        ) : null}
        {data.series.map((series, index) => (
          <g key={series.optionId}>
            <title>{series.name}</title>
            {positiveRuns(series.points, (point) => point.total).map((run) => (
              <polyline
                key={run[0].engineers}
                fill="none"
                stroke={SERIES_COLORS[index % SERIES_COLORS.length]}
                strokeDasharray={SERIES_DASHES[index % SERIES_DASHES.length] || undefined}
                strokeWidth="2.5"
                points={run.map((point) => `${x(point.engineers).toFixed(1)},${y(point.total).toFixed(1)}`).join(" ")}
              />
            ))}
          </g>
        ))}
        {markers.map((marker) => (
          <circle key={`${marker.optionId}-${marker.baselineId}`} cx={x(marker.engineers)} cy={y(marker.total)} r="5" fill="white" stroke="#0f172a" strokeWidth="2">
            <title>{`${nameOf(marker.optionId)} breaks even with ${nameOf(marker.baselineId)} at ${formatNumber(marker.engineers)} engineers`}</title>
          </circle>
        ))}
      </ChartSvg>
      {skipped.length > 0 ? (
        <p className="text-sm text-slate-600" data-testid="sweep-skipped">
          A TCO of 0 cannot be drawn on a log scale, so the chart leaves out those head counts of <bdi>{skipped.join(", ")}</bdi>; the data table lists them.
        </p>
      ) : null}
    </ChartFigure>
  );
}
