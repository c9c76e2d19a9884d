import { z } from "zod";

/**
 * Zod fields for HTML form values, which arrive as strings. Each field trims its string and
 * rejects units, currency signs and out-of-range values with a message that names the fix.
 * It outputs the plain value that the database stores.
 */

export interface NumberRule {
  min: number;
  max: number;
  /** The unit shown in messages, e.g. "USD per 1M tokens". */
  unit: string;
  integer?: boolean;
  /** True when the value must be greater than `min`, not equal to it. */
  exclusiveMin?: boolean;
  /** True when the value must be smaller than `max`, not equal to it. */
  exclusiveMax?: boolean;
}

const PLAIN_NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const THOUSANDS = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/;

const describe = (value: number) => new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 }).format(value);

/** Parses a number typed by a person: "1,000.5" and "1000.5" are accepted, "15 $" and "1,5" are not. */
export function parseNumberText(text: string): number | { error: string } {
  const compact = text.replace(/[\s_]/g, "");
  if (THOUSANDS.test(compact)) return Number(compact.replace(/,/g, ""));
  if (/^[-+]?\d+,\d+$/.test(compact)) return { error: "Use a dot as the decimal separator, such as 2.5." };
  if (!PLAIN_NUMBER.test(compact)) return { error: "Enter a plain number such as 15 or 2.5, without currency signs or units." };

  const value = Number(compact);
  if (!Number.isFinite(value)) return { error: "Enter a finite number." };

  return value;
}

function checkRange(value: number, rule: NumberRule): string | null {
  if (rule.integer && !Number.isInteger(value)) return "Enter a whole number.";
  const belowMin = rule.exclusiveMin ? value <= rule.min : value < rule.min;
  const unit = rule.unit ? ` ${rule.unit}` : "";
  if (belowMin) return `Must be ${rule.exclusiveMin ? "more than" : "at least"} ${describe(rule.min)}${unit}.`;
  const aboveMax = rule.exclusiveMax ? value >= rule.max : value > rule.max;
  if (aboveMax) return `Must be ${rule.exclusiveMax ? "less than" : "at most"} ${describe(rule.max)}${unit}.`;

  return null;
}

function numberFrom(rule: NumberRule, optional: boolean, scale = 1) {
  return z
    .string()
    .trim()
    .transform((text, context): number | null => {
      if (text === "") {
        if (optional) return null;
        context.addIssue({ code: "custom", message: "Enter a value." });

        return z.NEVER;
      }

      const parsed = parseNumberText(text);
      const problem = typeof parsed === "number" ? checkRange(parsed, rule) : parsed.error;
      if (problem !== null) {
        context.addIssue({ code: "custom", message: problem });

        return z.NEVER;
      }

      // Percent fields store a share: 25 % becomes 0.25. toPrecision drops float noise.
      return Number(((parsed as number) / scale).toPrecision(12));
    });
}

export const requiredNumber = (rule: NumberRule) => numberFrom(rule, false).pipe(z.number());
export const optionalNumber = (rule: NumberRule) => numberFrom(rule, true);

/** A percentage typed by a person (0 to 100 by default), stored as a share (0 to 1). */
export const requiredPercent = (rule: Omit<NumberRule, "unit">) => numberFrom({ ...rule, unit: "%" }, false, 100).pipe(z.number());
export const optionalPercent = (rule: Omit<NumberRule, "unit">) => numberFrom({ ...rule, unit: "%" }, true, 100);

export const requiredText = (maxLength: number) =>
  z.string().trim().min(1, "Enter a value.").max(maxLength, `Use at most ${maxLength} characters.`);

export const optionalText = (maxLength: number) =>
  z
    .string()
    .trim()
    .max(maxLength, `Use at most ${maxLength} characters.`)
    .transform((text) => (text === "" ? null : text));

export const requiredDate = z.string().trim().pipe(z.iso.date({ error: "Enter a date as YYYY-MM-DD." }));

export const optionalDate = z
  .string()
  .trim()
  .transform((text) => (text === "" ? null : text))
  .pipe(z.iso.date({ error: "Enter a date as YYYY-MM-DD, or leave it empty." }).nullable());

export const optionalUrl = z
  .string()
  .trim()
  .max(2000, "Use at most 2,000 characters.")
  .transform((text) => (text === "" ? null : text))
  .pipe(
    z
      .url({ protocol: /^https?$/, error: "Enter a web address starting with https:// or http://, or leave it empty." })
      .nullable(),
  );

/** Shows a stored share (0.25) as the percentage a person types (25), without float noise. */
export function shareToPercentText(share: number | null): string {
  if (share === null) return "";

  return String(Number((share * 100).toPrecision(12)));
}
