import { scaleBand, scaleLinear } from "d3-scale";

import { formatNumber, formatPercent } from "@/lib/format";
import type { TornadoChartData } from "@/lib/report/tornado";

import { BottomAxis, CHART_WIDTH, ChartFigure, ChartSvg } from "./chart-frame";
import { wrapLabel } from "./wrap-label";

const TITLE = "Inputs that move the savings most";
const LEFT = 320;
const RIGHT = 24;
const BAR_HEIGHT = 28;

/** Savings with each input at its low and its high value, largest swing on top. */
export function TornadoChart({ data, optionName, baselineName }: { data: TornadoChartData; optionName: string; baselineName: string }) {
  const height = 24 + data.bars.length * BAR_HEIGHT + 56;
  const plotBottom = height - 56;
  const values = data.bars.flatMap((bar) => [bar.savingsAtLow, bar.savingsAtHigh]).concat(data.baseSavings).filter((value): value is number => value !== null);
  const x = scaleLinear()
    .domain([Math.min(...values), Math.max(...values)])
    .range([LEFT, CHART_WIDTH - RIGHT])
    .nice();
  const y = scaleBand<string>()
    .domain(data.bars.map((bar) => bar.input))
    .range([16, plotBottom])
    .padding(0.25);
  // Without the savings at the scenario's values there is no baseline: bars shrink to marks at their value.
  const base = data.baseSavings;
  const percentDigits = x.domain()[1] - x.domain()[0] < 0.05 ? 1 : 0;

  return (
    <ChartFigure
      id="tornado"
      title={TITLE}
      description={`Savings of ${optionName} against ${baselineName} with one input at a time moved to its low and high value (±25 % unless the input carries a range); ${
        base === null ? "the savings at the scenario's values cannot be computed, so there is no baseline line." : `the line marks the savings at the scenario's values, ${formatPercent(base)}.`
      }`}
      legend={[
        { name: "input at its low value", color: "#64748b" },
        { name: "input at its high value", color: "#1d4ed8" },
      ]}
      data={
        <table className="min-w-full text-right tabular-nums">
          <caption className="sr-only">{TITLE}</caption>
          <thead>
            <tr>
              <th scope="col" className="p-1 text-left">Input</th>
              <th scope="col" className="p-1">Low value</th>
              <th scope="col" className="p-1">High value</th>
              <th scope="col" className="p-1">Savings at low</th>
              <th scope="col" className="p-1">Savings at high</th>
            </tr>
          </thead>
          <tbody>
            {data.bars.map((bar) => (
              <tr key={bar.input}>
                <th scope="row" className="p-1 text-left font-normal">
                  {bar.label}
                </th>
                <td className="p-1">{formatNumber(bar.low, 4)}</td>
                <td className="p-1">{formatNumber(bar.high, 4)}</td>
                <td className="p-1">{formatPercent(bar.savingsAtLow)}</td>
                <td className="p-1">{formatPercent(bar.savingsAtHigh)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <ChartSvg title={TITLE} height={height}>
        {data.bars.map((bar) => {
          const top = y(bar.input) ?? 0;
          const half = y.bandwidth() / 2;
          const segments = [
            { value: bar.savingsAtLow, color: "#64748b", offset: 0 },
            { value: bar.savingsAtHigh, color: "#1d4ed8", offset: half },
          ];

          return (
            <g key={bar.input}>
              {/* About 46 characters of 12 px text fit left of the bars; longer labels wrap onto a second line. */}
              <text x={LEFT - 8} y={top + half} textAnchor="end" fill="#0f172a">
                <title>{bar.label}</title>
                {wrapLabel(bar.label, 46).map((line, index, lines) => (
                  <tspan key={index} x={LEFT - 8} dy={index === 0 ? `${0.32 - (lines.length - 1) * 0.55}em` : "1.1em"}>
                    {line}
                  </tspan>
                ))}
              </text>
              {segments.map((segment) =>
                segment.value === null ? null : (
                  <rect
                    key={segment.color}
                    x={base === null ? x(segment.value) - 1.5 : Math.min(x(base), x(segment.value))}
                    y={top + segment.offset}
                    width={base === null ? 3 : Math.max(1, Math.abs(x(segment.value) - x(base)))}
                    height={half}
                    fill={segment.color}
                  >
                    <title>{`${bar.label}: savings ${formatPercent(segment.value)}`}</title>
                  </rect>
                ),
              )}
            </g>
          );
        })}
        {base === null ? null : <line x1={x(base)} x2={x(base)} y1={8} y2={plotBottom} stroke="#0f172a" strokeWidth="1.5" data-testid="tornado-baseline" />}
        <BottomAxis
          ticks={x.ticks(6).map((value) => ({ value, x: x(value), text: formatPercent(value, percentDigits) }))}
          y={plotBottom}
          x0={LEFT}
          x1={CHART_WIDTH - RIGHT}
          label="Savings (% of the baseline's TCO)"
        />
      </ChartSvg>
    </ChartFigure>
  );
}
