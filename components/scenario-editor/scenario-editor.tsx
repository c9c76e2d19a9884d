"use client";

import { useDeferredValue, useEffect, useMemo, useState, useTransition } from "react";

import { formatMoney, formatPercent } from "@/lib/format";
import type { CatalogSnapshot } from "@/lib/scenario/catalog-types";
import { applyChanges, diffDocuments, findCollisions } from "@/lib/scenario/diff";
import { editorStateToInputs, inputsToEditorState, type EditorState } from "@/lib/scenario/editor-state";
import type { ScenarioInputs } from "@/lib/scenario/inputs";
import { catalogValuesOfOptions, computePreview } from "@/lib/scenario/preview";
import { saveScenarioAction } from "@/lib/server/actions/scenario-actions";

import { ConflictView, type ConflictDetails } from "./conflict-view";
import { OptionsSection, TeamsSection } from "./editor-sections";

export interface ScenarioEditorProps {
  orgSlug: string;
  scenarioId: string;
  scenarioName: string;
  currency: string;
  /** Today's date `YYYY-MM-DD` on the server, the price date of a scenario that leaves it open. */
  today: string;
  initialVersion: number;
  initialInputs: ScenarioInputs;
  catalog: CatalogSnapshot;
}

interface Base {
  version: number;
  inputs: ScenarioInputs;
}

interface Draft {
  base: Base;
  state: EditorState;
  message: string;
}

type Status = { kind: "idle" } | { kind: "saved"; version: number } | { kind: "error"; text: string } | { kind: "note"; text: string };

const draftKey = (scenarioId: string) => `tco-scenario-draft:${scenarioId}`;

function readDraft(scenarioId: string): Draft | null {
  try {
    const text = window.sessionStorage.getItem(draftKey(scenarioId));

    return text ? (JSON.parse(text) as Draft) : null;
  } catch {
    return null;
  }
}

const labelClass = "block text-sm font-medium";
const inputClass = "rounded border border-slate-300 px-2 py-1";

/**
 * The scenario editor: inputs on the left, a live preview computed in the browser with the same
 * cost model as the server, and a save that carries the version the editing started from.
 * Unsaved edits are kept in this tab's sessionStorage, so a reload or a conflict keeps them.
 */
export function ScenarioEditor(props: ScenarioEditorProps) {
  const { orgSlug, scenarioId, scenarioName, currency, today, catalog } = props;
  const [base, setBase] = useState<Base>({ version: props.initialVersion, inputs: props.initialInputs });
  const [state, setState] = useState<EditorState>(() => inputsToEditorState(props.initialInputs));
  const [message, setMessage] = useState("");
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<ConflictDetails | null>(null);
  const [conflictLatest, setConflictLatest] = useState<Base | null>(null);
  const [saving, startSaving] = useTransition();
  const [draftLoaded, setDraftLoaded] = useState(false);

  // Restores unsaved edits of this tab once, after hydration (sessionStorage exists only in the browser).
  useEffect(() => {
    const draft = readDraft(scenarioId);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- one-time restore from browser storage
    setDraftLoaded(true);
    // Only real edits are restored: a draft equal to its own base or to the current version carries none.
    const unchanged = (inputs: ScenarioInputs) => JSON.stringify(draft?.state) === JSON.stringify(inputsToEditorState(inputs));
    if (!draft || unchanged(draft.base.inputs) || unchanged(props.initialInputs)) return;

    setBase(draft.base);
    setState(draft.state);
    setMessage(draft.message);
    setStatus({ kind: "note", text: `Your unsaved edits from this tab (made on version ${draft.base.version}) are restored.` });
  }, [scenarioId, props.initialInputs]);

  useEffect(() => {
    if (!draftLoaded) return;
    window.sessionStorage.setItem(draftKey(scenarioId), JSON.stringify({ base, state, message } satisfies Draft));
  }, [draftLoaded, scenarioId, base, state, message]);

  const deferredState = useDeferredValue(state);
  const preview = useMemo(() => computePreview(deferredState, catalog, today, scenarioName), [deferredState, catalog, today, scenarioName]);
  const immediateErrors = useMemo(() => editorStateToInputs(state).errors, [state]);
  const errors = { ...preview.errors, ...serverErrors, ...immediateErrors };
  const catalogValues = useMemo(
    () =>
      catalogValuesOfOptions(
        { options: state.options.map((option) => ({ id: option.id, source: option.source, overrides: {} })), pricesAsOf: state.pricesAsOf.trim() || null },
        catalog,
        today,
      ),
    [state.options, state.pricesAsOf, catalog, today],
  );

  const update = (next: EditorState) => {
    setState(next);
    setServerErrors({});
    if (status.kind === "saved") setStatus({ kind: "idle" });
  };

  const save = () => {
    const current = computePreview(state, catalog, today, scenarioName);
    if (!current.inputs) {
      setStatus({ kind: "error", text: "Fix the fields marked in red before saving." });

      return;
    }
    const inputs = current.inputs;

    startSaving(async () => {
      const result = await saveScenarioAction(orgSlug, { scenarioId, expectedVersion: base.version, inputs, message });
      if (result.status === "saved") {
        window.sessionStorage.removeItem(draftKey(scenarioId));
        setBase({ version: result.version, inputs });
        // Typed text such as "1,000" becomes the stored form, so a reload finds no unsaved edits.
        setState(inputsToEditorState(inputs));
        setMessage("");
        setConflict(null);
        setStatus({ kind: "saved", version: result.version });

        return;
      }
      if (result.status === "conflict") {
        const latestInputs = result.latest.inputs;
        if (latestInputs === null) {
          setStatus({ kind: "error", text: `Not saved: the scenario changed since you started. ${result.latest.readProblem ?? ""}` });

          return;
        }
        const theirs = diffDocuments(base.inputs, latestInputs);
        const mine = diffDocuments(base.inputs, inputs);
        const author = result.latest.author;
        setConflictLatest({ version: result.latest.number, inputs: latestInputs });
        setConflict({
          latestNumber: result.latest.number,
          latestAuthor: author ? (author.name ?? author.email) : "Someone",
          latestAt: new Date(result.latest.createdAt).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" }),
          latestMessage: result.latest.message,
          baseVersion: base.version,
          theirs,
          mine,
          collisions: findCollisions(theirs, mine),
        });
        setStatus({ kind: "error", text: "Not saved: the scenario changed since you started. Review the changes below." });

        return;
      }
      if (result.status === "invalid") {
        setServerErrors(Object.fromEntries(result.problems.map((problem) => [problem.path, problem.message])));
        setStatus({ kind: "error", text: `Not saved: ${result.problems.map((problem) => `${problem.path} ${problem.message}`).join(" ")}` });

        return;
      }
      if (result.status === "not-found") {
        setStatus({ kind: "error", text: "Not saved: this scenario no longer exists or was archived. Your edits stay in this tab." });

        return;
      }
      if (result.status === "forbidden") {
        setStatus({ kind: "error", text: "Not saved: your role no longer allows editing this scenario." });

        return;
      }
      setStatus({ kind: "error", text: result.message });
    });
  };

  const reapply = () => {
    if (!conflict || !conflictLatest) return;
    const merged = applyChanges(conflictLatest.inputs, conflict.mine);
    setBase(conflictLatest);
    setState(inputsToEditorState(merged));
    setConflict(null);
    setStatus({ kind: "note", text: `Your edits are re-applied on version ${conflictLatest.version}. Check the preview, then save.` });
  };

  const discard = () => {
    if (!conflictLatest) return;
    setBase(conflictLatest);
    setState(inputsToEditorState(conflictLatest.inputs));
    setConflict(null);
    setStatus({ kind: "note", text: `Loaded version ${conflictLatest.version}. Your edits were discarded.` });
  };

  const activeTeams = catalog.teams.filter((team) => team.retiredAt === null);
  const optionName = (id: string) => preview.evaluation?.options.find((option) => option.id === id)?.name ?? id;

  return (
    <div className="space-y-6">
      {conflict ? <ConflictView conflict={conflict} onReapply={reapply} onDiscard={discard} /> : null}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(18rem,26rem)]">
        <div className="space-y-6">
          <section aria-labelledby="horizon-heading" className="space-y-3 rounded border border-slate-200 bg-white p-4">
            <h2 id="horizon-heading">Horizon and prices</h2>
            <div className="flex flex-wrap gap-4">
              {(
                [
                  ["years", "horizon.years", "Years"],
                  ["workingDaysPerYear", "horizon.workingDaysPerYear", "Working days per year"],
                  ["scale", "scale", "Scale all teams by"],
                ] as const
              ).map(([key, path, label]) => (
                <div key={key}>
                  <label htmlFor={`field-${key}`} className={labelClass}>
                    {label}
                  </label>
                  <input
                    id={`field-${key}`}
                    inputMode="decimal"
                    value={state[key]}
                    onChange={(event) => update({ ...state, [key]: event.target.value })}
                    aria-invalid={errors[path] ? true : undefined}
                    aria-describedby={`field-${key}-error`}
                    className={`${inputClass} w-28`}
                  />
                  <p id={`field-${key}-error`} className="text-sm text-red-700">
                    {errors[path]}
                  </p>
                </div>
              ))}
              <div>
                <label htmlFor="field-pricesAsOf" className={labelClass}>
                  Prices as of
                </label>
                <input
                  id="field-pricesAsOf"
                  type="date"
                  value={state.pricesAsOf}
                  onChange={(event) => update({ ...state, pricesAsOf: event.target.value })}
                  aria-describedby="field-pricesAsOf-help field-pricesAsOf-error"
                  className={inputClass}
                />
                <p id="field-pricesAsOf-help" className="text-xs text-slate-500">
                  Leave empty to use the prices in force on the day of each save.
                </p>
                <p id="field-pricesAsOf-error" className="text-sm text-red-700">
                  {errors.pricesAsOf}
                </p>
              </div>
              <div>
                <label htmlFor="field-baselineId" className={labelClass}>
                  Baseline option
                </label>
                <select id="field-baselineId" value={state.baselineId} onChange={(event) => update({ ...state, baselineId: event.target.value })} className={inputClass} aria-describedby="field-baselineId-error">
                  <option value="">(none)</option>
                  {state.options.map((option) => (
                    <option key={option.id} value={option.id}>
                      {option.name || option.id}
                    </option>
                  ))}
                </select>
                <p id="field-baselineId-error" className="text-sm text-red-700">
                  {errors.baselineId}
                </p>
              </div>
            </div>
          </section>

          <TeamsSection state={state} update={update} errors={errors} teams={activeTeams} allTeams={catalog.teams} />
          <OptionsSection state={state} update={update} errors={errors} catalog={catalog} catalogValues={catalogValues} />
        </div>

        <aside className="space-y-4">
          <section aria-labelledby="preview-heading" className="sticky top-4 space-y-3 rounded border border-slate-200 bg-white p-4" data-testid="live-preview">
            <h2 id="preview-heading">Live preview</h2>
            {preview.evaluation ? (
              <>
                <p className="text-xs text-slate-500">
                  Computed in your browser over {preview.evaluation.years} {preview.evaluation.years === 1 ? "year" : "years"} for {Math.round(preview.evaluation.demand.engineersAtStart).toLocaleString("en-US")} engineers. The saved report is computed on the server.
                </p>
                {/* Names wrap in their own column; amounts keep one line with tabular digits, so the two never touch. */}
                <table className="w-full table-auto text-sm" data-testid="preview-table">
                  {state.baselineId ? (
                    <caption className="pb-1 text-left text-xs text-slate-600">
                      Savings against <bdi>{optionName(state.baselineId)}</bdi>
                    </caption>
                  ) : null}
                  <thead>
                    <tr className="text-left align-bottom">
                      <th scope="col" className="py-1 pr-3 font-medium">
                        Option
                      </th>
                      <th scope="col" className="whitespace-nowrap py-1 pl-3 text-right font-medium">
                        TCO
                      </th>
                      {state.baselineId ? (
                        <th scope="col" className="whitespace-nowrap py-1 pl-3 text-right font-medium">
                          Saving
                        </th>
                      ) : null}
                    </tr>
                  </thead>
                  <tbody>
                    {preview.evaluation.options.map((option) => {
                      const comparison = preview.evaluation?.comparisons.find((candidate) => candidate.optionId === option.id && candidate.baselineId === state.baselineId);

                      return (
                        <tr key={option.id} className="border-t border-slate-100 align-top">
                          <th scope="row" className="py-1 pr-3 text-left font-normal [overflow-wrap:anywhere]">
                            <bdi data-testid={`preview-name-${option.id}`}>{option.name}</bdi>
                          </th>
                          <td className="whitespace-nowrap py-1 pl-3 text-right tabular-nums">
                            <span data-testid={`preview-tco-${option.id}`}>{formatMoney(option.total, currency)}</span>
                          </td>
                          {state.baselineId ? (
                            <td className="whitespace-nowrap py-1 pl-3 text-right tabular-nums">
                              <span data-testid={`preview-saving-${option.id}`}>{comparison ? formatPercent(comparison.savings) : "baseline"}</span>
                            </td>
                          ) : null}
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </>
            ) : (
              <p className="text-sm text-red-700" data-testid="preview-invalid">
                No numbers until the fields marked in red are fixed.
              </p>
            )}
          </section>

          <section aria-labelledby="save-heading" className="space-y-2 rounded border border-slate-200 bg-white p-4">
            <h2 id="save-heading">Save</h2>
            <p className="text-xs text-slate-500" data-testid="editing-version">
              Editing on version {base.version}
            </p>
            <label htmlFor="revision-message" className={labelClass}>
              What changed (optional)
            </label>
            <input id="revision-message" value={message} maxLength={500} onChange={(event) => setMessage(event.target.value)} className={`${inputClass} w-full`} />
            <button type="button" onClick={save} disabled={saving || conflict !== null} className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60">
              {saving ? "Saving…" : "Save revision"}
            </button>
            <p role="status" aria-live="polite" className={status.kind === "error" ? "text-sm text-red-700" : "text-sm text-green-800"} data-testid="save-status">
              {status.kind === "saved" ? `Saved as version ${status.version}.` : status.kind === "idle" ? "" : status.text}
            </p>
          </section>
        </aside>
      </div>
    </div>
  );
}
