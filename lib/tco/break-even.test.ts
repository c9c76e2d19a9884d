import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { findFirstHeadcount } from "./break-even";
import { profileValue, type CostProfile } from "./cost-profile";
import { buildCostProfiles } from "./compare";
import { evaluateScenario } from "./evaluate";
import { getPreset } from "./presets";
import { resolveScenario } from "./resolve";

const stepArbitrary = fc.record({
  coefficient: fc.double({ min: 1, max: 1000, noNaN: true }),
  minimum: fc.integer({ min: 0, max: 3 }),
  perHeadcount: fc.double({ min: 0.01, max: 2, noNaN: true }),
});

const profileArbitrary: fc.Arbitrary<CostProfile> = fc.record({
  constant: fc.double({ min: 0, max: 2000, noNaN: true }),
  slope: fc.double({ min: 0, max: 500, noNaN: true }),
  steps: fc.array(stepArbitrary, { maxLength: 3 }),
});

describe("findFirstHeadcount", () => {
  it("agrees with a dense scan on random step profiles", () => {
    const range = 100;
    const gridStep = 0.01;

    fc.assert(
      fc.property(profileArbitrary, profileArbitrary, (p, q) => {
        const difference = (headcount: number) => profileValue(p, headcount) - profileValue(q, headcount);
        // A crossing must last a millionth of an engineer; an isolated point does not count.
        const crossesAt = (headcount: number) => difference(headcount) <= 0 && difference(headcount + 1e-6) <= 0;
        const found = findFirstHeadcount(p, q, 0, range, false);
        let scanned: number | null = null;
        for (let index = 0; index <= range / gridStep; index += 1) {
          if (crossesAt(index * gridStep)) {
            scanned = index * gridStep;
            break;
          }
        }

        expect(found.exact).toBe(true);
        if (scanned !== null) {
          // The search may find a window the grid steps over, never a later one.
          expect(found.headcount).not.toBeNull();
          expect(found.headcount!).toBeLessThanOrEqual(scanned + 1e-9);
        }
        if (found.headcount !== null) {
          expect(crossesAt(found.headcount)).toBe(true);
          const lastGridPointBefore = Math.floor((found.headcount - 1e-6) / gridStep);
          for (let index = 0; index <= lastGridPointBefore; index += 1) {
            expect(crossesAt(index * gridStep)).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("returns null when the condition never holds", () => {
    const dear: CostProfile = { constant: 10, slope: 2, steps: [] };
    const cheap: CostProfile = { constant: 0, slope: 1, steps: [] };

    expect(findFirstHeadcount(dear, cheap, 0, 1e7, false)).toEqual({ headcount: null, exact: true });
  });

  it("ignores a single point of equality", () => {
    // Both cost 0 at 0 engineers; above that the step option costs more.
    const stepped: CostProfile = { constant: 0, slope: 0, steps: [{ coefficient: 1, minimum: 0, perHeadcount: 0.01 }] };
    const free: CostProfile = { constant: 0, slope: 0, steps: [] };

    expect(findFirstHeadcount(stepped, free, 0, 1e7, false).headcount).toBeNull();
  });

  it("treats equality as a crossing unless strict", () => {
    const same: CostProfile = { constant: 5, slope: 1, steps: [{ coefficient: 3, minimum: 1, perHeadcount: 0.5 }] };

    expect(findFirstHeadcount(same, same, 0, 1e7, false).headcount).toBe(0);
    expect(findFirstHeadcount(same, same, 0, 1e7, true).headcount).toBeNull();
  });
});

describe("buildCostProfiles", () => {
  it.each(["chipnemo-2024", "chipnemo-2024-dedicated"] as const)("matches evaluateScenario for %s", (name) => {
    const scenario = getPreset(name);
    const profiles = buildCostProfiles(resolveScenario(scenario));

    for (const scale of [0, 0.0137, 1, 3.1685, 3.1695, 250]) {
      const result = evaluateScenario(scenario, { scale });
      const headcount = 1000 * scale;
      result.options.forEach((option, index) => {
        expect(profileValue(profiles[index], headcount)).toBeCloseTo(option.total, 6);
      });
    }
  });
});
