import { describe, expect, it } from "vitest";

import { parseFieldPath } from "./resolve";
import { getPreset, presetNames, presetNotes, type PresetName } from "./presets";

describe("presets", () => {
  it("returns a fresh copy on every call", () => {
    const first = getPreset("chipnemo-2024");
    first.teams[0].engineers = 1;

    expect(getPreset("chipnemo-2024").teams[0].engineers).toBe(1000);
  });

  it("configures dedicated serving", () => {
    expect(getPreset("chipnemo-2024-dedicated").options[2]).toMatchObject({
      servingMode: "dedicated",
      peakHoursPerDay: 8,
      utilization: 0.6,
      alwaysOn: true,
      minReplicas: 1,
    });
  });

  it("rejects an unknown name", () => {
    expect(() => getPreset("nope" as PresetName)).toThrow(RangeError);
  });

  it.each(presetNames)("labels the sources of %s", (name) => {
    const notes = presetNotes[name];
    const scenario = getPreset(name);

    expect(notes.some((note) => note.kind === "published")).toBe(true);
    expect(notes.some((note) => note.kind === "assumption")).toBe(true);
    for (const note of notes) {
      // Each note names a section, an option or a field that exists in the preset.
      const location = parseFieldPath(note.field);
      const option = /^options\[(\d+)\]/.exec(note.field);
      if (location !== null && location.section === "options") {
        expect(scenario.options[location.index]).toHaveProperty(location.field);
      } else if (option !== null) {
        expect(scenario.options[Number(option[1])]).toBeDefined();
      }
      expect(note.source).not.toBe("");
    }
  });
});
