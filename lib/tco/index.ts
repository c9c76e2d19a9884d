/**
 * Cost model of LLM coding assistance: total cost of ownership of per-token APIs, seat
 * subscriptions and self-hosted domain-adapted models. Pure TypeScript that depends only on
 * zod, so the browser, the server and the CLI share it unchanged.
 *
 * Typical use: `evaluateScenario(parseScenario(json))`. Every other function also takes a
 * parsed scenario and never validates it again.
 */

export { scenarioSchema, teamSchema, optionSchema, optionKinds, servingModes } from "./schema";
export type { Scenario, ScenarioInput, ScenarioOption, Team, OptionKind, ServingMode } from "./schema";
export { parseScenario, safeParseScenario, formatPath, ScenarioValidationError } from "./parse";
export type { ScenarioIssue, SafeParseScenarioResult } from "./parse";
export { pointValue, isDistribution, distributionNames } from "./distributions";
export type { Distribution, UncertainNumber } from "./distributions";
export { fieldRanges, describeRange } from "./fields";
export type { FieldRange, NumericFieldName } from "./fields";
export { evaluateScenario } from "./evaluate";
export type { EvaluateOptions, EvaluationResult, OptionResult, SelfHostedDetails, YearCost } from "./evaluate";
export type { DemandYear } from "./demand";
export { paybackMonth, maximumBreakEvenEngineers } from "./compare";
export type { Comparison } from "./compare";
export { sweepScenario } from "./sweep";
export type { SweepOptions, SweepPoint, SweepResult } from "./sweep";
export { runSensitivity, defaultSensitivityInputs } from "./sensitivity";
export type { SensitivityInput, SensitivityOptions, TornadoBar, TornadoResult } from "./sensitivity";
export { runMonteCarlo } from "./monte-carlo";
export type { MonteCarloOptions, MonteCarloResult } from "./monte-carlo";
export { createRandom } from "./random";
export { presets, presetNames, presetNotes, getPreset, isPresetName } from "./presets";
export type { PresetName, PresetNote } from "./presets";
export { formatCurrency, formatUnitCost, formatPercent, formatNumber, formatPaybackMonth } from "./format";
export { parseJson } from "./json";
export type { JsonSyntaxProblem, ParseJsonResult } from "./json";
export { renderEvaluation, renderSweep, renderMonteCarlo } from "./text-report";
