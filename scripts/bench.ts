/**
 * Benchmarks of the cost model: `npm run bench`. Each case runs a few times to warm up the
 * JIT, then `runs` timed times on one thread. The table shows the median and the 95th
 * percentile in milliseconds, measured with performance.now().
 */
import { cpus } from "node:os";
import { performance } from "node:perf_hooks";

import { evaluateScenario, parseScenario, runMonteCarlo, sweepScenario, type ScenarioInput } from "../lib/tco";
import { buildCostProfiles, findBreakEven } from "../lib/tco/compare";
import { resolveScenario } from "../lib/tco/resolve";

/** Three options (API, seats, dedicated self-hosting) over three years, with growth and price changes. */
const threeOptions: ScenarioInput = {
  horizon: { years: 3, workingDaysPerYear: 250 },
  teams: [
    { name: "Design", engineers: 800, annualHeadcountGrowth: 0.1, cachedInputShare: 0.3 },
    { name: "Verification", engineers: 400, queriesPerEngineerPerDay: 35, annualHeadcountGrowth: 0.2 },
  ],
  options: [
    {
      id: "api",
      name: "Frontier API",
      kind: "api",
      inputPricePerMTok: { distribution: "triangular", min: 2, mode: 3, max: 5 },
      cachedInputPricePerMTok: 0.3,
      outputPricePerMTok: { distribution: "uniform", min: 10, max: 20 },
      annualPriceChange: { distribution: "uniform", min: -0.4, max: 0 },
    },
    { id: "seats", name: "Seats", kind: "seat", pricePerSeatPerMonth: 39, minimumSeats: 100, annualPriceChange: 0.05 },
    {
      id: "self",
      name: "Self-hosted",
      kind: "selfHosted",
      daptGpuHours: 20500,
      sftGpuHours: 840,
      trainingGpuHourPrice: { distribution: "lognormal", p10: 2, p90: 5 },
      retrainingsPerYear: 1,
      gpusPerReplica: 8,
      servingGpuHourPrice: { distribution: "lognormal", p10: 2, p90: 5 },
      throughputTokensPerSecond: { distribution: "triangular", min: 3000, mode: 5500, max: 8000 },
      servingMode: "dedicated",
      utilization: { distribution: "uniform", min: 0.4, max: 0.8 },
      opsFte: 1.5,
      costPerFtePerYear: 250000,
    },
  ],
};

interface BenchmarkCase {
  name: string;
  runs: number;
  run: () => unknown;
}

const scenario = parseScenario(threeOptions);
const profiles = buildCostProfiles(resolveScenario(scenario));

const cases: BenchmarkCase[] = [
  { name: "evaluate, 3 options x 3 years (6 comparisons)", runs: 200, run: () => evaluateScenario(scenario) },
  { name: "break-even search, self-hosted vs seats", runs: 200, run: () => findBreakEven(profiles[2], profiles[1]) },
  { name: "sweep, 200 points", runs: 200, run: () => sweepScenario(scenario, { points: 200 }) },
  { name: "Monte Carlo, 10,000 samples", runs: 30, run: () => runMonteCarlo(scenario, { samples: 10_000, seed: 1 }) },
];

function quantile(sorted: number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const lower = Math.floor(position);
  const upper = Math.min(sorted.length - 1, lower + 1);

  return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
}

function measure(benchmark: BenchmarkCase): { median: number; p95: number } {
  for (let warmUp = 0; warmUp < Math.max(5, benchmark.runs / 10); warmUp += 1) {
    benchmark.run();
  }

  const durations: number[] = [];
  for (let run = 0; run < benchmark.runs; run += 1) {
    const start = performance.now();
    benchmark.run();
    durations.push(performance.now() - start);
  }
  durations.sort((left, right) => left - right);

  return { median: quantile(durations, 0.5), p95: quantile(durations, 0.95) };
}

const rows = cases.map((benchmark) => ({ benchmark, ...measure(benchmark) }));
const nameWidth = Math.max(...rows.map((row) => row.benchmark.name.length));

console.log(`Node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} logical CPUs`);
console.log(`${"case".padEnd(nameWidth)}  runs  median ms  p95 ms`);
for (const { benchmark, median, p95 } of rows) {
  console.log(
    `${benchmark.name.padEnd(nameWidth)}  ${String(benchmark.runs).padStart(4)}  ${median.toFixed(3).padStart(9)}  ${p95.toFixed(3).padStart(6)}`,
  );
}
