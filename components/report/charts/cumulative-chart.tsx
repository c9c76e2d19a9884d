import { scaleLinear } from "d3-scale";

import { formatCompactMoney, formatMoney } from "@/lib/format";
import type { CumulativeChartData } from "@/lib/report/cumulative-series";

import { BottomAxis, CHART_HEIGHT, CHART_WIDTH, ChartFigure, ChartSvg, LeftAxis, MARGIN, SERIES_COLORS, SERIES_DASHES } from "./chart-frame";

const TITLE = "Cumulative cost by month";

/** Cumulative cost of every option month by month, with the payback month of each comparison marked. */
export function CumulativeChart({ data, currency }: { data: CumulativeChartData; currency: string }) {
  const lastMonth = Math.max(1, data.months.length - 1);
  const highest = Math.max(0, ...data.series.flatMap((series) => series.values));
  const x = scaleLinear().domain([0, lastMonth]).range([MARGIN.left, CHART_WIDTH - MARGIN.right]);
  const y = scaleLinear().domain([0, highest]).range([CHART_HEIGHT - MARGIN.bottom, MARGIN.top]).nice();
  const nameOf = (id: string) => data.series.find((series) => series.optionId === id)?.name ?? id;
  const monthTicks = x.ticks(Math.min(12, lastMonth)).filter(Number.isInteger);

  return (
    <ChartFigure
      id="cumulative"
      title={TITLE}
      description="Month 0 carries one-time costs (the first adaptation run and data preparation); every other cost of a year is spread evenly over its 12 months. Circles mark payback."
      legend={data.series.map((series, index) => ({ name: series.name, color: SERIES_COLORS[index % SERIES_COLORS.length], dash: SERIES_DASHES[index % SERIES_DASHES.length] }))}
      data={
        <table className="min-w-full text-right tabular-nums">
          <caption className="sr-only">{TITLE}</caption>
          <thead>
            <tr>
              <th scope="col" className="p-1 text-left">Month</th>
              {data.series.map((series) => (
                <th key={series.optionId} scope="col" className="p-1">
                  {series.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.months.map((month) => (
              <tr key={month}>
                <th scope="row" className="p-1 text-left font-normal">
                  {month}
                </th>
                {data.series.map((series) => (
                  <td key={series.optionId} className="p-1">
                    {formatMoney(series.values[month] ?? null, currency)}
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
          ticks={y.ticks(6).map((value) => ({ value, y: y(value), text: formatCompactMoney(value, currency) }))}
          x={MARGIN.left}
          x1={CHART_WIDTH - MARGIN.right}
          y0={MARGIN.top}
          y1={CHART_HEIGHT - MARGIN.bottom}
          label={`Cumulative cost (${currency})`}
        />
        <BottomAxis
          ticks={monthTicks.map((value) => ({ value, x: x(value), text: String(value) }))}
          y={CHART_HEIGHT - MARGIN.bottom}
          x0={MARGIN.left}
          x1={CHART_WIDTH - MARGIN.right}
          label="Month"
        />
        {data.series.map((series, index) => (
          <polyline
            key={series.optionId}
            fill="none"
            stroke={SERIES_COLORS[index % SERIES_COLORS.length]}
            strokeDasharray={SERIES_DASHES[index % SERIES_DASHES.length] || undefined}
            strokeWidth="2.5"
            points={series.values.map((value, month) => `${x(month).toFixed(1)},${y(value).toFixed(1)}`).join(" ")}
          >
            <title>{series.name}</title>
          </polyline>
        ))}
        {data.paybacks.map((marker) => (
          <circle key={`${marker.optionId}-${marker.baselineId}`} cx={x(marker.month)} cy={y(marker.value)} r="5" fill="white" stroke="#0f172a" strokeWidth="2">
            <title>{`${nameOf(marker.optionId)} has paid back against ${nameOf(marker.baselineId)} in month ${marker.month}`}</title>
          </circle>
        ))}
      </ChartSvg>
    </ChartFigure>
  );
}
