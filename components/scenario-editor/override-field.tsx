"use client";

import { shareToPercent, type FieldSpec } from "@/lib/scenario/editor-fields";
import type { OverrideDraft, RangeDistribution } from "@/lib/scenario/editor-state";

const inputClass = "w-28 rounded border border-slate-300 px-2 py-1 text-sm";

/** Shows a catalog or default value in the unit the field is typed in (a percent field's share as a percentage). */
function describeValue(value: unknown, percent = false): string {
  if (value === undefined || value === null) return "not set";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return percent ? `${shareToPercent(value)} %` : String(Number(value.toPrecision(10)));

  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/**
 * Renders one overridable field: the catalog's (or the cost model's default) value beside an input.
 * A blank input uses the catalog value; an uncertain field can switch to a range.
 */
export function OverrideField({
  path,
  spec,
  catalogValue,
  draft,
  error,
  onChange,
}: {
  path: string;
  spec: FieldSpec;
  catalogValue: unknown;
  draft: OverrideDraft | undefined;
  error: string | undefined;
  onChange: (draft: OverrideDraft | undefined) => void;
}) {
  const id = `field-${path.replace(/[^a-zA-Z0-9]+/g, "-")}`;
  const errorId = `${id}-error`;
  const described = { "aria-invalid": error ? true : undefined, "aria-describedby": errorId };
  const fallback = catalogValue ?? spec.defaultValue;

  let control;
  if (spec.type === "servingMode") {
    control = (
      <select id={id} value={draft?.kind === "text" ? draft.value : ""} onChange={(event) => onChange(event.target.value ? { kind: "text", value: event.target.value } : undefined)} className="rounded border border-slate-300 px-2 py-1 text-sm" {...described}>
        <option value="">(not set)</option>
        <option value="utilization">Utilization: pay GPU time in proportion to the work</option>
        <option value="dedicated">Dedicated: replicas sized for the peak</option>
      </select>
    );
  } else if (spec.type === "boolean") {
    control = (
      <select
        id={id}
        value={draft?.kind === "boolean" ? String(draft.value) : ""}
        onChange={(event) => onChange(event.target.value ? { kind: "boolean", value: event.target.value === "true" } : undefined)}
        className="rounded border border-slate-300 px-2 py-1 text-sm"
        {...described}
      >
        <option value="">(default)</option>
        <option value="true">yes</option>
        <option value="false">no</option>
      </select>
    );
  } else if (draft?.kind === "range") {
    const update = (patch: Partial<Extract<OverrideDraft, { kind: "range" }>>) => onChange({ ...draft, ...patch });
    const [low, high] = draft.distribution === "lognormal" ? ["P10", "P90"] : ["Min", "Max"];
    control = (
      <span className="flex flex-wrap items-center gap-1" role="group" aria-labelledby={`${id}-label`}>
        <select aria-label={`${spec.label}: distribution`} value={draft.distribution} onChange={(event) => update({ distribution: event.target.value as RangeDistribution })} className="rounded border border-slate-300 px-1 py-1 text-sm">
          <option value="triangular">triangular</option>
          <option value="uniform">uniform</option>
          <option value="lognormal">lognormal</option>
        </select>
        <input aria-label={`${spec.label}: ${low.toLowerCase()}`} placeholder={low} value={draft.min} onChange={(event) => update({ min: event.target.value })} className="w-20 rounded border border-slate-300 px-2 py-1 text-sm" {...described} />
        {draft.distribution === "triangular" ? (
          <input aria-label={`${spec.label}: mode`} placeholder="Mode" value={draft.mode} onChange={(event) => update({ mode: event.target.value })} className="w-20 rounded border border-slate-300 px-2 py-1 text-sm" {...described} />
        ) : null}
        <input aria-label={`${spec.label}: ${high.toLowerCase()}`} placeholder={high} value={draft.max} onChange={(event) => update({ max: event.target.value })} className="w-20 rounded border border-slate-300 px-2 py-1 text-sm" {...described} />
        <button type="button" className="text-xs text-blue-700" onClick={() => onChange(draft.mode || draft.min ? { kind: "number", text: draft.mode || draft.min } : undefined)}>
          one value
        </button>
      </span>
    );
  } else {
    const text = draft?.kind === "number" ? draft.text : "";
    control = (
      <span className="flex items-center gap-1">
        <input id={id} inputMode="decimal" value={text} placeholder={describeValue(fallback, spec.percent)} onChange={(event) => onChange(event.target.value === "" ? undefined : { kind: "number", text: event.target.value })} className={inputClass} {...described} />
        {spec.uncertain ? (
          <button
            type="button"
            className="text-xs text-blue-700"
            aria-label={`${spec.label}: set a range`}
            onClick={() => {
              const center = text || (typeof fallback === "number" ? String(spec.percent ? shareToPercent(fallback) : fallback) : "");
              onChange({ kind: "range", distribution: "triangular", min: center, mode: center, max: center });
            }}
          >
            range
          </button>
        ) : null}
      </span>
    );
  }

  return (
    <tr className="border-b border-slate-100 align-top">
      <th scope="row" className="py-1 pr-3 text-left font-normal">
        <label id={`${id}-label`} htmlFor={id}>
          {spec.label}
        </label>
      </th>
      <td className="py-1 pr-3 text-sm text-slate-500" data-testid={`catalog-${path}`}>
        {fallback === undefined || fallback === null ? (spec.unsetMeaning ?? "not set") : describeValue(fallback, spec.percent)}
      </td>
      <td className="py-1">
        {control}
        <p id={errorId} className="text-sm text-red-700" aria-live="polite">
          {error}
        </p>
      </td>
    </tr>
  );
}
