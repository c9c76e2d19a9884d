import { parseScenario } from "./parse";
import type { Scenario, ScenarioInput } from "./schema";

/**
 * Ready-made scenarios. `chipnemo-2024` rebuilds NVIDIA's 2024 comparison of ChipNeMo-70B,
 * a LLaMA2-70B model given domain-adaptive pre-training on chip-design data, with Claude 3
 * Opus and GPT-4 Turbo for Tcl scripting of EDA tools. `presetNotes` marks which inputs are
 * published figures and which are our assumptions.
 */

const opus = {
  id: "claude-3-opus",
  name: "Claude 3 Opus",
  kind: "api",
  inputPricePerMTok: 15,
  outputPricePerMTok: 75,
  accuracy: 0.52,
} as const;

const gpt4Turbo = {
  id: "gpt-4-turbo",
  name: "GPT-4 Turbo",
  kind: "api",
  inputPricePerMTok: 10,
  outputPricePerMTok: 30,
  accuracy: 0.52,
} as const;

const chipnemoTraining = {
  id: "chipnemo-70b",
  name: "ChipNeMo-70B",
  kind: "selfHosted",
  daptGpuHours: 100,
  sftGpuHours: 4,
  trainingGpuHourPrice: 4.1,
  gpusPerReplica: 8,
  servingGpuHourPrice: 4.1,
  throughputTokensPerSecond: 5500,
  accuracy: 0.74,
} as const;

const chipnemoDemand = {
  horizon: { years: 1, workingDaysPerYear: 250 },
  teams: [
    {
      name: "Chip design engineers",
      engineers: 1000,
      queriesPerEngineerPerDay: 20,
      inputTokensPerQuery: 1000,
      outputTokensPerQuery: 500,
      cachedInputShare: 0,
    },
  ],
};

export const presets = {
  "chipnemo-2024": {
    name: "ChipNeMo against frontier APIs (April 2024)",
    description: "Domain-adapted ChipNeMo-70B served on rented A100 GPUs, paid per GPU-hour used.",
    ...chipnemoDemand,
    options: [opus, gpt4Turbo, { ...chipnemoTraining, servingMode: "utilization", utilization: 1 }],
  },
  "chipnemo-2024-dedicated": {
    name: "ChipNeMo against frontier APIs, dedicated serving (April 2024)",
    description: "As chipnemo-2024, but ChipNeMo-70B runs on always-on replicas sized for an 8-hour peak.",
    ...chipnemoDemand,
    options: [
      opus,
      gpt4Turbo,
      {
        ...chipnemoTraining,
        servingMode: "dedicated",
        utilization: 0.6,
        peakHoursPerDay: 8,
        alwaysOn: true,
        minReplicas: 1,
      },
    ],
  },
} satisfies Record<string, ScenarioInput>;

export type PresetName = keyof typeof presets;
export const presetNames = Object.keys(presets) as PresetName[];

export function isPresetName(name: string): name is PresetName {
  return Object.hasOwn(presets, name);
}

/** Returns a preset as a parsed scenario (a fresh copy on every call). Throws a RangeError for an unknown name. */
export function getPreset(name: PresetName): Scenario {
  if (!isPresetName(name)) {
    throw new RangeError(`No preset named "${name}"; presets: ${presetNames.join(", ")}`);
  }

  return parseScenario(presets[name]);
}

/** Provenance of one preset input: a published figure with its source, or our assumption. */
export interface PresetNote {
  /** Path of the input, such as `options[2].daptGpuHours`. */
  field: string;
  value: string;
  source: string;
  kind: "published" | "assumption";
}

const chipnemoPaper = "ChipNeMo paper (Liu et al., NVIDIA), arXiv 2311.00176 v5";

const commonNotes: PresetNote[] = [
  { field: "horizon", value: "1 year of 250 working days", source: "typical planning horizon", kind: "assumption" },
  {
    field: "teams[0]",
    value: "1,000 engineers, 20 requests a day, 1,000 input and 500 output tokens per request, nothing cached",
    source: "typical use of a coding assistant",
    kind: "assumption",
  },
  { field: "options[0]", value: "$15 input, $75 output per 1M tokens", source: "Anthropic list price, 2024", kind: "published" },
  { field: "options[1]", value: "$10 input, $30 output per 1M tokens", source: "OpenAI list price, 2024", kind: "published" },
  {
    field: "options[2].daptGpuHours",
    value: "100 A100 GPU-hours of DAPT on 120 million chip-design tokens",
    source: "NVIDIA's 2024 TCO comparison of ChipNeMo with Claude 3 Opus and GPT-4 Turbo",
    kind: "published",
  },
  {
    field: "options[2].sftGpuHours",
    value: "4 A100 GPU-hours of SFT on 5 million tokens of Tcl examples",
    source: "NVIDIA's 2024 TCO comparison of ChipNeMo with Claude 3 Opus and GPT-4 Turbo",
    kind: "published",
  },
  {
    field: "options[2].trainingGpuHourPrice",
    value: "$4.10 per A100-hour",
    source: "AWS p4d.24xlarge on-demand price, $32.77 an hour for 8 A100 GPUs, 2024",
    kind: "published",
  },
  {
    field: "options[2].accuracy",
    value: "0.74",
    source: `${chipnemoPaper}: ChipNeMo-70B-SFT, automatic pass@5 on medium Tcl EDA script generation`,
    kind: "published",
  },
  {
    field: "options[1].accuracy",
    value: "0.52",
    source: `${chipnemoPaper}: GPT-4's pass@5 on the same benchmark; GPT-4 Turbo was not measured`,
    kind: "assumption",
  },
  {
    field: "options[0].accuracy",
    value: "0.52",
    source: "not measured on this benchmark; set to GPT-4's figure so that cost per accepted answer compares like with like",
    kind: "assumption",
  },
];

export const presetNotes: Record<PresetName, PresetNote[]> = {
  "chipnemo-2024": [
    ...commonNotes,
    {
      field: "options[2].servingMode",
      value: "utilization mode: 8 A100 GPUs per replica at $4.10, 5,500 tokens/s per replica, utilization 1",
      source: "GPU time paid only while serving, as on a shared cluster",
      kind: "assumption",
    },
  ],
  "chipnemo-2024-dedicated": [
    ...commonNotes,
    {
      field: "options[2].servingMode",
      value: "dedicated mode: 8 A100 GPUs per replica at $4.10, 5,500 tokens/s, 60 % target load in an 8-hour peak, at least 1 replica, always on",
      source: "replicas reserved for the team and paid around the clock",
      kind: "assumption",
    },
  ],
};
