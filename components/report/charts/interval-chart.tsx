import { scaleBand, scaleLinear } from "d3-scale";
import type { ReactNode } from "react";

import { formatCompactMoney, formatMoney } from "@/lib/format";

import { BottomAxis, CHART_WIDTH, ChartFigure, ChartSvg, SERIES_COLORS } from "./chart-frame";

const LEFT = 200;
const RIGHT = 24;
const ROW_HEIGHT = 36;

export interface IntervalRow {
  id: string;
  name: string;
  /** The bar's value; with `low` and `high` it is drawn as a median tick inside a band. */
  value: number;
  low?: number;
  high?: number;
}

/** One horizontal bar, or a low-to-high band with a tick, per option, in money on a linear axis. */
export function IntervalChart({
  id,
  title,
  description,
  axisLabel,
  rows,
  currency,
  fractionDigits = 2,
  note,
  table,
}: {
  id: string;
  title: string;
  description: string;
  axisLabel: string;
  rows: IntervalRow[];
  currency: string;
  fractionDigits?: number;
  /** Shown under the chart, for a caveat about the numbers. */
  note?: ReactNode;
  table: ReactNode;
}) {
  const height = 16 + rows.length * ROW_HEIGHT + 56;
  const plotBottom = height - 56;
  const highest = Math.max(0, ...rows.map((row) => row.high ?? row.value));
  const x = scaleLinear().domain([0, highest]).range([LEFT, CHART_WIDTH - RIGHT]).nice();
  const y = scaleBand<string>()
    .domain(rows.map((row) => row.id))
    .range([8, plotBottom])
    .padding(0.3);

  return (
    <ChartFigure id={id} title={title} description={description} data={table}>
      <ChartSvg title={title} height={height}>
        {rows.map((row, index) => {
          const top = y(row.id) ?? 0;
          const color = SERIES_COLORS[index % SERIES_COLORS.length];
          const band = row.low !== undefined && row.high !== undefined;

          return (
            <g key={row.id}>
              <text x={LEFT - 8} y={top + y.bandwidth() / 2} dy="0.32em" textAnchor="end" fill="#0f172a">
                {row.name}
              </text>
              {band ? (
                <>
                  <rect x={x(row.low!)} y={top} width={Math.max(1, x(row.high!) - x(row.low!))} height={y.bandwidth()} fill={color} fillOpacity="0.3" stroke={color} />
                  <line x1={x(row.value)} x2={x(row.value)} y1={top} y2={top + y.bandwidth()} stroke={color} strokeWidth="3" />
                </>
              ) : (
                <rect x={LEFT} y={top} width={Math.max(1, x(row.value) - LEFT)} height={y.bandwidth()} fill={color} />
              )}
              <title>{`${row.name}: ${formatMoney(row.value, currency, fractionDigits)}`}</title>
            </g>
          );
        })}
        <BottomAxis
          ticks={x.ticks(5).map((value) => ({ value, x: x(value), text: fractionDigits > 2 ? formatMoney(value, currency, 3) : formatCompactMoney(value, currency) }))}
          y={plotBottom}
          x0={LEFT}
          x1={CHART_WIDTH - RIGHT}
          label={axisLabel}
        />
      </ChartSvg>
      {note}
    </ChartFigure>
  );
}
