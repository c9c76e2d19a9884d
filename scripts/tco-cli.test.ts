import { describe, expect, it } from "vitest";

import { apiOption, selfHostedOption, team } from "../lib/tco/testing";
import { exitInvalidInput, parseArguments, runCli, type CliIo } from "./tco-cli";

/** Runs the CLI against in-memory files and captures what it writes. */
async function run(argv: string[], files: Record<string, string> = {}, stdin = "") {
  const output = { stdout: "", stderr: "" };
  const io: CliIo = {
    stdout: (text) => {
      output.stdout += text;
    },
    stderr: (text) => {
      output.stderr += text;
    },
    readFile: async (path) => {
      if (!(path in files)) {
        throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      }

      return files[path];
    },
    readStdin: async () => stdin,
  };
  const status = await runCli(argv, io);

  return { status, ...output };
}

const validScenario = JSON.stringify({
  name: "Small team",
  horizon: { years: 2 },
  teams: [team({ engineers: 50 })],
  options: [apiOption(), selfHostedOption({ servingMode: "dedicated" })],
});

describe("tco CLI", () => {
  it.each([
    { argv: ["chipnemo-2024"], numbers: ["$262,500.00", "$125,000.00", "$12,850.64", "95.1 %", "89.7 %"] },
    { argv: ["chipnemo-2024", "--scale", "0.01"], numbers: ["$2,625.00", "$1,250.00", "$550.64", "79.0 %", "55.9 %"] },
  ])("prints the reference numbers for $argv", async ({ argv, numbers }) => {
    const { status, stdout, stderr } = await run(argv);

    expect(status).toBe(0);
    expect(stderr).toBe("");
    for (const number of numbers) {
      expect(stdout).toContain(number);
    }
    expect(stdout).toContain("utilization mode");
  });

  it("names the dedicated serving mode", async () => {
    const { stdout } = await run(["chipnemo-2024-dedicated"]);

    expect(stdout).toContain("dedicated mode");
    expect(stdout).toContain("$287,754.40");
  });

  it("prints one JSON document", async () => {
    const { status, stdout } = await run(["chipnemo-2024", "--format", "json"]);
    const document = JSON.parse(stdout);

    expect(status).toBe(0);
    expect(document.options.map((option: { id: string }) => option.id)).toEqual(["claude-3-opus", "gpt-4-turbo", "chipnemo-70b"]);
    expect(Object.keys(document.options[2])).toEqual(
      expect.arrayContaining(["id", "name", "kind", "total", "years", "costPerQuery", "costPerEngineerMonth", "costPerAcceptedAnswer"]),
    );
    expect(Object.keys(document.options[2].years[0])).toEqual(["year", "training", "usage", "operations", "fixed", "total"]);
    expect(document.options[2].total).toBeCloseTo(12850.642424, 5);
    expect(document.comparisons).toHaveLength(6);
    expect(Object.keys(document.comparisons[0])).toEqual(
      expect.arrayContaining(["optionId", "baselineId", "savings", "breakEvenEngineers", "cheaperAbove", "paybackMonth"]),
    );
    expect(document.sweep).toBeUndefined();
    expect(document.monteCarlo).toBeUndefined();
  });

  it("adds a sweep and Monte Carlo to JSON", async () => {
    const { stdout } = await run(["chipnemo-2024", "--format=json", "--sweep", "--monte-carlo", "100", "--seed", "4"]);
    const document = JSON.parse(stdout);

    expect(document.sweep.points).toHaveLength(40);
    expect(document.monteCarlo).toMatchObject({ samples: 100, seed: 4 });
  });

  it("prints sweep and Monte Carlo tables", async () => {
    const { stdout } = await run(["chipnemo-2024", "--sweep", "--monte-carlo", "50"]);

    expect(stdout).toContain("TCO by total head count");
    expect(stdout).toContain("100,000");
    expect(stdout).toContain("Monte Carlo: 50 samples, seed 1");
  });

  it("reads a scenario file and standard input", async () => {
    const fromFile = await run(["small.json"], { "small.json": validScenario });
    const fromStdin = await run(["-", "--format", "json"], {}, validScenario);

    expect(fromFile.status).toBe(0);
    expect(fromFile.stdout).toContain("Small team");
    expect(fromStdin.status).toBe(0);
    expect(JSON.parse(fromStdin.stdout).name).toBe("Small team");
  });

  it("lists every problem of an invalid scenario", async () => {
    const invalid = JSON.parse(validScenario);
    invalid.options[1].utilization = 0;
    invalid.teams[0].engineers = Number.MAX_VALUE;
    invalid.options[0].inputPrice = 1;
    const { status, stdout, stderr } = await run(["bad.json"], { "bad.json": JSON.stringify(invalid) });

    expect(status).toBe(exitInvalidInput);
    expect(stdout).toBe("");
    expect(stderr.trimEnd().split("\n")).toEqual([
      "bad.json: teams[0].engineers: must be >= 0 and <= 10,000,000",
      "bad.json: options[0].inputPrice: is not a known field (check the spelling)",
      "bad.json: options[1].utilization: must be > 0 and <= 1",
    ]);
  });

  it("reports where JSON is malformed", async () => {
    const { status, stdout, stderr } = await run(["broken.json"], { "broken.json": '{\n  "teams": [\n    { "engineers": 10, }\n  ]\n}' });

    expect(status).toBe(exitInvalidInput);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      'error: broken.json is not valid JSON: line 3, column 24: expected a property name in double quotes but found character "}"\n',
    );
  });

  it("names a file it cannot read", async () => {
    const { status, stdout, stderr } = await run(["missing.json"]);

    expect(status).toBe(exitInvalidInput);
    expect(stdout).toBe("");
    expect(stderr).toContain("error: cannot read missing.json: ENOENT");
  });

  it.each([
    [["chipnemo-2024", "--colour"], "error: unknown option --colour"],
    [["chipnemo-2024", "-x"], "error: unknown option -x"],
    [["chipnemo-2024", "--format", "xml"], 'error: --format must be table or json, got "xml"'],
    [["chipnemo-2024", "--scale", "abc"], 'error: --scale must be a number from 0 to 1e+9, got "abc"'],
    [["chipnemo-2024", "--scale", "-1"], 'error: --scale must be a number from 0 to 1e+9, got "-1"'],
    [["chipnemo-2024", "--monte-carlo", "0"], 'error: --monte-carlo must be a whole number from 1 to 1000000, got "0"'],
    [["chipnemo-2024", "--seed", "3"], "error: --seed needs --monte-carlo"],
    [["chipnemo-2024", "--scale"], "error: --scale needs a value"],
    [[], "error: missing scenario source"],
    [["a.json", "b.json"], "error: expected one scenario source, got 2"],
  ])("rejects %j with usage", async (argv, message) => {
    const { status, stdout, stderr } = await run(argv);

    expect(status).toBe(exitInvalidInput);
    expect(stdout).toBe("");
    expect(stderr.split("\n")[0]).toBe(message);
    expect(stderr).toContain("Usage: npm run tco --");
  });

  it("prints help", async () => {
    const { status, stdout } = await run(["--help"]);

    expect(status).toBe(0);
    expect(stdout).toContain("--monte-carlo N");
    expect(stdout).toContain("chipnemo-2024-dedicated");
  });
});

describe("parseArguments", () => {
  it("reads every flag", () => {
    expect(parseArguments(["s.json", "--scale=2", "--format", "json", "--sweep", "--monte-carlo", "10", "--seed", "9"])).toEqual({
      kind: "run",
      arguments: { source: "s.json", scale: 2, format: "json", sweep: true, monteCarloSamples: 10, seed: 9 },
    });
  });
});
