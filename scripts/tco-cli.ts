import {
  evaluateScenario,
  getPreset,
  isPresetName,
  presetNames,
  runMonteCarlo,
  safeParseScenario,
  sweepScenario,
  type Scenario,
} from "../lib/tco";
import { parseJson } from "../lib/tco/json";
import { maximumMonteCarloSamples } from "../lib/tco/monte-carlo";
import { renderEvaluation, renderMonteCarlo, renderSweep } from "../lib/tco/text-report";
import { maximumScale } from "../lib/tco/totals";

/** Input and output of the CLI, injected so that tests run it without a process or files. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<string>;
  readStdin: () => Promise<string>;
}

/** Exit status for invalid arguments, unreadable files, malformed JSON and invalid scenarios. */
export const exitInvalidInput = 2;

export const usage = `Usage: npm run tco -- <scenario.json | - | preset> [options]

Computes the total cost of ownership of every option of a scenario and compares them.

Source:
  scenario.json         a scenario document (JSON); "-" reads it from standard input
  preset                one of: ${presetNames.join(", ")}

Options:
  --scale K             multiply every team's engineers by K (default 1)
  --format table|json   readable tables (default) or one JSON document
  --sweep               add TCO and savings at 40 head counts from 10 to 100,000
  --monte-carlo N       add N Monte Carlo samples of the uncertain inputs (1 to ${maximumMonteCarloSamples.toLocaleString("en-US")})
  --seed S              seed of the Monte Carlo generator, 0 to 4294967295 (default 1)
  -h, --help            show this help

Exit status: 0 on success, 2 on invalid arguments or input (problems go to standard error).`;

export interface CliArguments {
  source: string;
  scale: number;
  format: "table" | "json";
  sweep: boolean;
  monteCarloSamples: number | null;
  seed: number;
}

export type ParsedArguments = { kind: "help" } | { kind: "run"; arguments: CliArguments } | { kind: "error"; message: string };

const valueFlags = new Set(["--scale", "--format", "--monte-carlo", "--seed"]);

/** Parses the command line (without `node` and the script path). Accepts `--flag value` and `--flag=value`. */
export function parseArguments(argv: readonly string[]): ParsedArguments {
  const values = new Map<string, string>();
  const sources: string[] = [];
  let sweep = false;

  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    if (argument === "-h" || argument === "--help") {
      return { kind: "help" };
    }

    if (argument === "--sweep") {
      sweep = true;
      continue;
    }

    if (argument === "-" || !argument.startsWith("-")) {
      sources.push(argument);
      continue;
    }

    const [flag, inlineValue] = argument.includes("=") ? splitOnce(argument, "=") : [argument, undefined];
    if (!valueFlags.has(flag)) {
      return { kind: "error", message: `unknown option ${flag}` };
    }

    const value = inlineValue ?? argv[index + 1];
    if (value === undefined) {
      return { kind: "error", message: `${flag} needs a value` };
    }
    if (inlineValue === undefined) {
      index += 1;
    }
    values.set(flag, value);
  }

  if (sources.length !== 1) {
    return { kind: "error", message: sources.length === 0 ? "missing scenario source" : `expected one scenario source, got ${sources.length}` };
  }

  return readFlagValues(sources[0], values, sweep);
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);

  return [text.slice(0, at), text.slice(at + 1)];
}

function readFlagValues(source: string, values: Map<string, string>, sweep: boolean): ParsedArguments {
  const format = values.get("--format") ?? "table";
  if (format !== "table" && format !== "json") {
    return { kind: "error", message: `--format must be table or json, got "${format}"` };
  }

  const scale = parseNumber(values.get("--scale") ?? "1");
  if (scale === null || scale < 0 || scale > maximumScale) {
    return { kind: "error", message: `--scale must be a number from 0 to ${maximumScale.toExponential()}, got "${values.get("--scale")}"` };
  }

  const samplesText = values.get("--monte-carlo");
  const samples = samplesText === undefined ? null : parseNumber(samplesText);
  if (samplesText !== undefined && (samples === null || !Number.isInteger(samples) || samples < 1 || samples > maximumMonteCarloSamples)) {
    return { kind: "error", message: `--monte-carlo must be a whole number from 1 to ${maximumMonteCarloSamples}, got "${samplesText}"` };
  }

  const seedText = values.get("--seed");
  const seed = parseNumber(seedText ?? "1");
  if (seed === null || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    return { kind: "error", message: `--seed must be a whole number from 0 to 4294967295, got "${seedText}"` };
  }
  if (seedText !== undefined && samples === null) {
    return { kind: "error", message: "--seed needs --monte-carlo" };
  }

  return { kind: "run", arguments: { source, scale, format, sweep, monteCarloSamples: samples, seed } };
}

/** Parses a decimal number; null for empty or non-numeric text, NaN and Infinity. */
function parseNumber(text: string): number | null {
  const value = text.trim() === "" ? Number.NaN : Number(text);

  return Number.isFinite(value) ? value : null;
}

type LoadResult = { ok: true; scenario: Scenario } | { ok: false; problems: string[] };

/**
 * Loads the scenario from a preset, standard input or a file. A preset name wins over a
 * file of the same name; write `./name` to read such a file.
 */
async function loadScenario(source: string, io: CliIo): Promise<LoadResult> {
  if (isPresetName(source)) {
    return { ok: true, scenario: getPreset(source) };
  }

  const label = source === "-" ? "standard input" : source;
  let text: string;
  try {
    text = source === "-" ? await io.readStdin() : await io.readFile(source);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);

    return { ok: false, problems: [`error: cannot read ${label}: ${reason}`] };
  }

  const json = parseJson(text);
  if (!json.ok) {
    const { line, column, message } = json.problem;

    return { ok: false, problems: [`error: ${label} is not valid JSON: line ${line}, column ${column}: ${message}`] };
  }

  const parsed = safeParseScenario(json.value);
  if (!parsed.ok) {
    return { ok: false, problems: parsed.issues.map((issue) => `${label}: ${issue.path}: ${issue.message}`) };
  }

  return { ok: true, scenario: parsed.scenario };
}

/** Runs the CLI and returns its exit status. Writes results to `io.stdout`, problems to `io.stderr`. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsedArguments = parseArguments(argv);
  if (parsedArguments.kind === "help") {
    io.stdout(`${usage}\n`);

    return 0;
  }

  if (parsedArguments.kind === "error") {
    io.stderr(`error: ${parsedArguments.message}\n\n${usage}\n`);

    return exitInvalidInput;
  }

  const options = parsedArguments.arguments;
  const loaded = await loadScenario(options.source, io);
  if (!loaded.ok) {
    io.stderr(`${loaded.problems.join("\n")}\n`);

    return exitInvalidInput;
  }

  const scenario = loaded.scenario;
  const result = evaluateScenario(scenario, { scale: options.scale });
  const sweep = options.sweep ? sweepScenario(scenario) : undefined;
  const monteCarlo =
    options.monteCarloSamples === null
      ? undefined
      : runMonteCarlo(scenario, { samples: options.monteCarloSamples, seed: options.seed, scale: options.scale });

  if (options.format === "json") {
    const document = { name: scenario.name ?? null, ...result, sweep, monteCarlo };
    io.stdout(`${JSON.stringify(document, null, 2)}\n`);

    return 0;
  }

  const names = new Map(result.options.map((option) => [option.id, option.name]));
  const sections = [renderEvaluation(scenario, result)];
  if (sweep !== undefined) {
    sections.push(renderSweep(sweep, names));
  }
  if (monteCarlo !== undefined) {
    sections.push(renderMonteCarlo(monteCarlo, names));
  }
  io.stdout(`${sections.join("\n\n")}\n`);

  return 0;
}
