import type { ReactNode } from "react";

/** Colors of the series, in option order; each also differs in dash pattern for print in black and white. */
export const SERIES_COLORS = ["#1d4ed8", "#b91c1c", "#15803d", "#a16207", "#7e22ce", "#0f766e", "#be185d", "#4b5563"];
export const SERIES_DASHES = ["", "6 3", "2 3", "8 3 2 3", "1 2", "10 4", "4 4", "3 6"];

export const CHART_WIDTH = 720;
export const CHART_HEIGHT = 360;
export const MARGIN = { top: 16, right: 24, bottom: 56, left: 88 };

/**
 * A chart's figure: its title, the SVG, a legend, and the data behind it as a table that
 * screen readers, print and people without JavaScript can read.
 */
export function ChartFigure({
  id,
  title,
  description,
  children,
  legend,
  data,
}: {
  id: string;
  title: string;
  description?: string;
  children: ReactNode;
  legend?: { name: string; color: string; dash?: string }[];
  data: ReactNode;
}) {
  return (
    <figure className="chart space-y-2 break-inside-avoid" aria-labelledby={`${id}-title`} data-testid={`chart-${id}`}>
      <figcaption id={`${id}-title`} className="font-medium">
        {title}
      </figcaption>
      {description ? <p className="text-sm text-slate-600">{description}</p> : null}
      {children}
      {legend && legend.length > 0 ? (
        <ul className="flex flex-wrap gap-4 text-sm" aria-label="Legend">
          {legend.map((item) => (
            <li key={item.name} className="flex items-center gap-1">
              <svg width="24" height="8" aria-hidden="true">
                <line x1="0" y1="4" x2="24" y2="4" stroke={item.color} strokeWidth="2.5" strokeDasharray={item.dash || undefined} />
              </svg>
              <bdi>{item.name}</bdi>
            </li>
          ))}
        </ul>
      ) : null}
      <details className="text-sm">
        <summary className="no-print cursor-pointer text-slate-700">Data</summary>
        <div className="overflow-x-auto">{data}</div>
      </details>
    </figure>
  );
}

export function ChartSvg({ title, children, height = CHART_HEIGHT }: { title: string; children: ReactNode; height?: number }) {
  return (
    <svg viewBox={`0 0 ${CHART_WIDTH} ${height}`} className="h-auto w-full max-w-3xl bg-white" role="img" aria-label={title} fontSize="12">
      <title>{title}</title>
      {children}
    </svg>
  );
}

/** Horizontal axis with its ticks and a label that names the unit. */
export function BottomAxis({ ticks, y, label, x0, x1 }: { ticks: { value: number; x: number; text: string }[]; y: number; label: string; x0: number; x1: number }) {
  return (
    <g aria-hidden="true">
      <line x1={x0} x2={x1} y1={y} y2={y} stroke="#475569" />
      {ticks.map((tick) => (
        <g key={tick.value} transform={`translate(${tick.x},${y})`}>
          <line y2="5" stroke="#475569" />
          <text y="18" textAnchor="middle" fill="#334155">
            {tick.text}
          </text>
        </g>
      ))}
      <text x={(x0 + x1) / 2} y={y + 40} textAnchor="middle" fill="#0f172a" fontWeight="600">
        {label}
      </text>
    </g>
  );
}

/** Vertical axis with grid lines across the plot and a rotated label that names the unit. */
export function LeftAxis({ ticks, x, label, x1, y0, y1 }: { ticks: { value: number; y: number; text: string }[]; x: number; label: string; x1: number; y0: number; y1: number }) {
  return (
    <g aria-hidden="true">
      <line x1={x} x2={x} y1={y0} y2={y1} stroke="#475569" />
      {ticks.map((tick) => (
        <g key={tick.value} transform={`translate(${x},${tick.y})`}>
          <line x2={x1 - x} stroke="#e2e8f0" />
          <line x2="-5" stroke="#475569" />
          <text x="-8" dy="0.32em" textAnchor="end" fill="#334155">
            {tick.text}
          </text>
        </g>
      ))}
      <text transform={`translate(${x - 72},${(y0 + y1) / 2}) rotate(-90)`} textAnchor="middle" fill="#0f172a" fontWeight="600">
        {label}
      </text>
    </g>
  );
}
