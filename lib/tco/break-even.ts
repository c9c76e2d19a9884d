import { profileValue, stepCount, subtractProfiles, type CostProfile, type StepTerm } from "./cost-profile";

/** Result of a crossing search; `exact` is false when the work budget ran out (see below). */
export interface CrossingSearchResult {
  headcount: number | null;
  exact: boolean;
}

/**
 * Narrowest window, in engineers, that counts as a crossing. The rounding tolerance moves
 * seat and replica steps by about 1e-9 of their position, so where two steps meet it can
 * open a window a few float steps wide. Two options that both cost 0 at 0 engineers are
 * equal at that single point. Neither is a head count at which one option is cheaper.
 */
const minimumWindowWidth = 1e-6;
/** Intervals narrower than this many engineers are not split further. */
const minimumIntervalWidth = 1e-6;
/** Interval visits before the search stops proving and falls back to sampling. */
const visitBudget = 100_000;

/**
 * Finds the smallest head count H in [from, to] with `p(H) - q(H) <= 0` (`< 0` when
 * `strict`), or null when there is none.
 *
 * Branch and bound on the difference D = p - q, left to right. Every interval gets a
 * lower bound of D (see `lowerBound`). An interval whose bound shows that the condition
 * cannot be met is dropped, so no window of at least `minimumWindowWidth` is missed. Where no seat or replica count changes, D is linear and the
 * crossing is solved exactly. Any other interval is split at the seat or replica step
 * nearest its middle, so that pieces line up with the steps.
 *
 * NOTE: two options whose costs per engineer are nearly equal while both step (seats
 * against dedicated replicas, say) can keep D near 0 over millions of engineers. After
 * `visitBudget` visits the search only samples the remaining intervals (65 points each)
 * and reports `exact: false`.
 */
export function findFirstHeadcount(
  p: CostProfile,
  q: CostProfile,
  from: number,
  to: number,
  strict: boolean,
): CrossingSearchResult {
  const difference = subtractProfiles(p, q);
  const value = (headcount: number) => profileValue(difference, headcount);
  const isMet = (result: number) => (strict ? result < 0 : result <= 0);
  const breakpoints = smoothBreakpoints(difference);
  const stack: [number, number][] = [[from, to]];

  /** Accepts a crossing if the condition is still met one window width later, or else queues the rest of the interval. */
  const isWindow = (headcount: number, intervalEnd: number) => {
    const probe = Math.min(headcount + minimumWindowWidth, to);
    if (isMet(value(probe))) {
      return true;
    }

    if (probe < intervalEnd) {
      stack.push([probe, intervalEnd]);
    }

    return false;
  };

  for (let visits = 1; stack.length > 0; visits += 1) {
    const [start, end] = stack.pop()!;
    if (visits > visitBudget) {
      stack.push([start, end]);

      return sampleRemaining(stack, value, isMet);
    }

    const bound = lowerBound(difference, breakpoints, start, end);
    if (strict ? bound >= 0 : bound > 0) {
      continue;
    }

    if (isMet(value(start))) {
      if (isWindow(start, end)) {
        return { headcount: start, exact: true };
      }
      continue;
    }

    if (difference.steps.every((step) => stepCount(step, start) === stepCount(step, end))) {
      if (isMet(value(end))) {
        const crossing = firstPointOnLine(value, isMet, start, end);
        if (isWindow(crossing, end)) {
          return { headcount: crossing, exact: true };
        }
      }
      continue;
    }

    if (end - start <= minimumIntervalWidth) {
      if (isMet(value(end)) && isWindow(end, end)) {
        return { headcount: end, exact: true };
      }
      continue;
    }

    const [leftEnd, rightStart] = splitPoints(difference.steps, start, end);
    stack.push([rightStart, end], [start, leftEnd]);
  }

  return { headcount: null, exact: true };
}

/**
 * Returns a lower bound of D on [start, end], the larger of two:
 * - monotone: each step count never decreases in H, so a positive term is smallest at
 *   `start` and a negative one at `end`, and the linear part is smallest at an end;
 * - smooth: rounding up adds between 0 and 1 to a count. Replacing each count by its
 *   unrounded value (positive terms) or that value plus 1 (negative terms) gives a
 *   piecewise linear bound, whose minimum lies at an end or a breakpoint.
 */
function lowerBound(difference: CostProfile, breakpoints: number[], start: number, end: number): number {
  let monotone = difference.constant + Math.min(difference.slope * start, difference.slope * end);
  for (const step of difference.steps) {
    monotone += step.coefficient * stepCount(step, step.coefficient > 0 ? start : end);
  }

  let smooth = Math.min(smoothBound(difference, start), smoothBound(difference, end));
  for (const breakpoint of breakpoints) {
    if (breakpoint > start && breakpoint < end) {
      smooth = Math.min(smooth, smoothBound(difference, breakpoint));
    }
  }

  return Math.max(monotone, smooth);
}

function smoothBound(difference: CostProfile, headcount: number): number {
  let value = difference.constant + difference.slope * headcount;
  for (const step of difference.steps) {
    const unrounded = step.perHeadcount * headcount;
    // ceilWithTolerance(v) >= v - 1e-9 * max(1, v) >= v * (1 - 1e-9) - 1e-9, and < v + 1.
    const count = step.coefficient > 0 ? unrounded * (1 - 1e-9) - 1e-9 : unrounded + 1;
    value += step.coefficient * Math.max(step.minimum, count);
  }

  return value;
}

/** Head counts at which `smoothBound` changes slope: where a count reaches its minimum. */
function smoothBreakpoints(difference: CostProfile): number[] {
  return difference.steps
    .map((step) =>
      step.coefficient > 0
        ? (step.minimum + 1e-9) / (step.perHeadcount * (1 - 1e-9))
        : (step.minimum - 1) / step.perHeadcount,
    )
    .filter((breakpoint) => breakpoint > 0);
}

const nextUp = (value: number) => value + Math.max(Number.MIN_VALUE, Math.abs(value) * Number.EPSILON);
const nextDown = (value: number) => value - Math.max(Number.MIN_VALUE, Math.abs(value) * Number.EPSILON);

/**
 * Splits [start, end] into [start, leftEnd] and [rightStart, end] at a step of the term that
 * changes least often on it, the step nearest the middle: leftEnd is the last head count
 * before the step, rightStart the first after. Falls back to the midpoint.
 */
function splitPoints(steps: readonly StepTerm[], start: number, end: number): [number, number] {
  const middle = start + (end - start) / 2;
  const changing = steps
    .map((step) => ({ step, first: stepCount(step, start), last: stepCount(step, end) }))
    .filter((entry) => entry.last > entry.first);
  if (changing.length === 0) {
    return [middle, middle];
  }

  const { step, first, last } = changing.reduce((fewest, entry) =>
    entry.last - entry.first < fewest.last - fewest.first ? entry : fewest,
  );
  const count = Math.min(last - 1, Math.max(first, stepCount(step, middle)));

  // Estimate where the count passes `count`, then correct for float rounding.
  let leftEnd = Math.min(end, Math.max(start, (count + 1e-9 * Math.max(1, count)) / step.perHeadcount));
  for (let attempt = 0; attempt < 64 && leftEnd > start && stepCount(step, leftEnd) > count; attempt += 1) {
    leftEnd = nextDown(leftEnd);
  }
  for (let attempt = 0; attempt < 64 && leftEnd < end && stepCount(step, Math.min(end, nextUp(leftEnd))) <= count; attempt += 1) {
    leftEnd = Math.min(end, nextUp(leftEnd));
  }

  const rightStart = Math.min(end, nextUp(leftEnd));
  const consistent =
    leftEnd >= start && leftEnd < end && stepCount(step, leftEnd) === count && stepCount(step, rightStart) > count;

  return consistent ? [leftEnd, rightStart] : [middle, middle];
}

/**
 * Returns the first point of [start, end] where a linear difference meets the condition,
 * given that it fails at start and is met at end. The interpolated root may miss by float
 * rounding, so it is nudged right until the condition is verifiably met.
 */
function firstPointOnLine(
  value: (headcount: number) => number,
  isMet: (result: number) => boolean,
  start: number,
  end: number,
): number {
  const startValue = value(start);
  const root = start + (startValue / (startValue - value(end))) * (end - start);
  let offset = 1e-12 * Math.max(1, root);
  for (let candidate = Math.max(start, root); candidate < end; candidate = root + offset, offset *= 2) {
    if (isMet(value(candidate))) {
      return candidate;
    }
  }

  return end;
}

function sampleRemaining(
  stack: [number, number][],
  value: (headcount: number) => number,
  isMet: (result: number) => boolean,
): CrossingSearchResult {
  // The leftmost interval is on top of the stack, at its end.
  for (let index = stack.length - 1; index >= 0; index -= 1) {
    const [start, end] = stack[index];
    for (let sample = 0; sample <= 64; sample += 1) {
      const headcount = start + ((end - start) * sample) / 64;
      if (isMet(value(headcount))) {
        return { headcount, exact: false };
      }
    }
  }

  return { headcount: null, exact: false };
}
