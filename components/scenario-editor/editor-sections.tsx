"use client";

import type { CatalogSnapshot, TeamRow } from "@/lib/scenario/catalog-types";
import { OPTION_FIELDS, TEAM_FIELDS } from "@/lib/scenario/editor-fields";
import { optionIdFromKey, type EditorOption, type EditorState, type OverrideDraft } from "@/lib/scenario/editor-state";
import type { OptionSource } from "@/lib/scenario/inputs";

import { OverrideField } from "./override-field";

type Update = (next: EditorState) => void;

const selectClass = "rounded border border-slate-300 px-2 py-1 text-sm";

function setOverride(overrides: Record<string, OverrideDraft>, field: string, draft: OverrideDraft | undefined): Record<string, OverrideDraft> {
  const next = { ...overrides };
  if (draft === undefined) delete next[field];
  else next[field] = draft;

  return next;
}

function FieldTable({ children }: { children: React.ReactNode }) {
  return (
    <table className="w-full text-sm">
      <thead>
        <tr className="text-left text-xs text-slate-500">
          <th className="py-1 font-normal">Field</th>
          <th className="py-1 font-normal">Catalog or default</th>
          <th className="py-1 font-normal">This scenario (blank = catalog)</th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

export function TeamsSection({ state, update, errors, teams, allTeams }: { state: EditorState; update: Update; errors: Record<string, string>; teams: TeamRow[]; allTeams: TeamRow[] }) {
  const unused = teams.filter((team) => !state.teams.some((selected) => selected.teamId === team.id));

  return (
    <section aria-labelledby="teams-heading" className="space-y-3 rounded border border-slate-200 bg-white p-4">
      <h2 id="teams-heading">Teams</h2>
      {errors.teams ? <p className="text-sm text-red-700">{errors.teams}</p> : null}
      {state.teams.map((selection, index) => {
        const team = allTeams.find((candidate) => candidate.id === selection.teamId);
        const path = `teams[${index}]`;

        return (
          <div key={`${selection.teamId}-${index}`} className="space-y-2 border-t border-slate-100 pt-2" data-testid={`team-${index}`}>
            <div className="flex items-center gap-3">
              <h3 className="font-medium">{team?.name ?? "A team that no longer exists"}</h3>
              <button type="button" className="text-sm text-red-700" disabled={state.teams.length === 1} onClick={() => update({ ...state, teams: state.teams.filter((_, other) => other !== index) })}>
                Remove team
              </button>
            </div>
            {errors[path] ? <p className="text-sm text-red-700">{errors[path]}</p> : null}
            <FieldTable>
              {TEAM_FIELDS.map((spec) => (
                <OverrideField
                  key={spec.name}
                  path={`${path}.overrides.${spec.name}`}
                  spec={spec}
                  catalogValue={team ? team[spec.name as keyof TeamRow] : undefined}
                  draft={selection.overrides[spec.name]}
                  error={errors[`${path}.overrides.${spec.name}`]}
                  onChange={(draft) =>
                    update({ ...state, teams: state.teams.map((other, position) => (position === index ? { ...other, overrides: setOverride(other.overrides, spec.name, draft) } : other)) })
                  }
                />
              ))}
            </FieldTable>
          </div>
        );
      })}
      {unused.length > 0 ? (
        <div>
          <label htmlFor="add-team" className="text-sm">
            Add a team{" "}
          </label>
          <select id="add-team" value="" className={selectClass} onChange={(event) => event.target.value && update({ ...state, teams: [...state.teams, { teamId: event.target.value, overrides: {} }] })}>
            <option value="">Choose…</option>
            {unused.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name} ({team.engineers} engineers)
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </section>
  );
}

const distinctKeys = <Row extends { key: string; retiredAt: string | null }>(rows: readonly Row[]) => [...new Map(rows.filter((row) => row.retiredAt === null).map((row) => [row.key, row])).values()];

function SourcePicker({ option, catalog, onChange, index }: { option: EditorOption; catalog: CatalogSnapshot; onChange: (source: OptionSource) => void; index: number }) {
  const source = option.source;
  const gpus = distinctKeys(catalog.gpuPrices);
  const id = (name: string) => `option-${index}-${name}`;

  if (source.type === "apiModel") {
    return (
      <span>
        <label htmlFor={id("key")} className="mr-1 text-sm">API model</label>
        <select id={id("key")} value={source.key} onChange={(event) => onChange({ type: "apiModel", key: event.target.value })} className={selectClass}>
          {distinctKeys(catalog.apiModels).map((row) => (
            <option key={row.key} value={row.key}>
              {row.provider} {row.model}
            </option>
          ))}
        </select>
      </span>
    );
  }
  if (source.type === "seatPlan") {
    return (
      <span>
        <label htmlFor={id("key")} className="mr-1 text-sm">Seat plan</label>
        <select id={id("key")} value={source.key} onChange={(event) => onChange({ type: "seatPlan", key: event.target.value })} className={selectClass}>
          {distinctKeys(catalog.seatPlans).map((row) => (
            <option key={row.key} value={row.key}>
              {row.vendor} {row.name}
            </option>
          ))}
        </select>
      </span>
    );
  }
  if (source.type === "selfHosted") {
    const gpuSelect = (name: "trainingGpuKey" | "servingGpuKey", label: string) => (
      <span>
        <label htmlFor={id(name)} className="mr-1 text-sm">{label}</label>
        <select id={id(name)} value={source[name]} onChange={(event) => onChange({ ...source, [name]: event.target.value })} className={selectClass}>
          {gpus.map((row) => (
            <option key={row.key} value={row.key}>
              {row.gpuModel} {row.memoryGb} GB, {row.provider ?? row.market}
            </option>
          ))}
        </select>
      </span>
    );

    return (
      <span className="flex flex-wrap gap-3">
        <span>
          <label htmlFor={id("profile")} className="mr-1 text-sm">Profile</label>
          <select id={id("profile")} value={source.profileKey} onChange={(event) => onChange({ ...source, profileKey: event.target.value })} className={selectClass}>
            {catalog.profiles.filter((profile) => profile.retiredAt === null).map((profile) => (
              <option key={profile.key} value={profile.key}>
                {profile.name}
              </option>
            ))}
          </select>
        </span>
        {gpuSelect("trainingGpuKey", "Training GPU")}
        {gpuSelect("servingGpuKey", "Serving GPU")}
      </span>
    );
  }

  return <span className="text-sm">Custom {source.kind} option: set every field below.</span>;
}

function kindOf(source: OptionSource): "api" | "seat" | "selfHosted" {
  if (source.type === "custom") return source.kind;

  if (source.type === "apiModel") return "api";

  return source.type === "seatPlan" ? "seat" : "selfHosted";
}

export function OptionsSection({
  state,
  update,
  errors,
  catalog,
  catalogValues,
}: {
  state: EditorState;
  update: Update;
  errors: Record<string, string>;
  catalog: CatalogSnapshot;
  catalogValues: (Record<string, unknown> | null)[];
}) {
  const setOption = (index: number, next: EditorOption) => update({ ...state, options: state.options.map((option, position) => (position === index ? next : option)) });
  const ids = state.options.map((option) => option.id);
  const firstGpu = distinctKeys(catalog.gpuPrices)[0]?.key;
  const firstProfile = catalog.profiles.find((profile) => profile.retiredAt === null)?.key;
  const addOption = (source: OptionSource | undefined, key: string | undefined, overrides: Record<string, OverrideDraft> = {}) => {
    if (!source || !key) return;
    update({ ...state, options: [...state.options, { id: optionIdFromKey(key, ids), name: "", source, overrides }] });
  };
  const firstApi = distinctKeys(catalog.apiModels)[0]?.key;
  const firstSeat = distinctKeys(catalog.seatPlans)[0]?.key;

  return (
    <section aria-labelledby="options-heading" className="space-y-3 rounded border border-slate-200 bg-white p-4">
      <h2 id="options-heading">Options</h2>
      {errors.options ? <p className="text-sm text-red-700">{errors.options}</p> : null}
      {state.options.map((option, index) => {
        const path = `options[${index}]`;
        const kind = kindOf(option.source);

        return (
          <div key={`${option.id}-${index}`} className="space-y-2 border-t border-slate-100 pt-2" data-testid={`option-${option.id}`}>
            <div className="flex flex-wrap items-center gap-3">
              <code className="text-sm">{option.id}</code>
              <label htmlFor={`option-${index}-name`} className="text-sm">
                Name
              </label>
              <input id={`option-${index}-name`} value={option.name} placeholder="from the catalog" onChange={(event) => setOption(index, { ...option, name: event.target.value })} className="w-48 rounded border border-slate-300 px-2 py-1 text-sm" />
              <button
                type="button"
                className="text-sm text-red-700"
                disabled={state.options.length === 1}
                onClick={() => update({ ...state, options: state.options.filter((_, other) => other !== index), baselineId: state.baselineId === option.id ? "" : state.baselineId })}
              >
                Remove option
              </button>
            </div>
            <SourcePicker option={option} catalog={catalog} index={index} onChange={(source) => setOption(index, { ...option, source })} />
            {errors[path] ? <p className="text-sm text-red-700">{errors[path]}</p> : null}
            <FieldTable>
              {OPTION_FIELDS[kind].map((spec) => (
                <OverrideField
                  key={spec.name}
                  path={`${path}.overrides.${spec.name}`}
                  spec={spec}
                  catalogValue={catalogValues[index]?.[spec.name]}
                  draft={option.overrides[spec.name]}
                  error={errors[`${path}.overrides.${spec.name}`]}
                  onChange={(draft) => setOption(index, { ...option, overrides: setOverride(option.overrides, spec.name, draft) })}
                />
              ))}
            </FieldTable>
          </div>
        );
      })}
      <div className="flex flex-wrap gap-3 text-sm">
        <button type="button" className="rounded border border-slate-400 px-2 py-1" disabled={!firstApi} onClick={() => addOption(firstApi ? { type: "apiModel", key: firstApi } : undefined, firstApi)}>
          Add API model
        </button>
        <button type="button" className="rounded border border-slate-400 px-2 py-1" disabled={!firstSeat} onClick={() => addOption(firstSeat ? { type: "seatPlan", key: firstSeat } : undefined, firstSeat)}>
          Add seat plan
        </button>
        <button
          type="button"
          className="rounded border border-slate-400 px-2 py-1"
          disabled={!firstProfile || !firstGpu}
          onClick={() =>
            addOption(firstProfile && firstGpu ? { type: "selfHosted", profileKey: firstProfile, trainingGpuKey: firstGpu, servingGpuKey: firstGpu } : undefined, firstProfile, {
              servingMode: { kind: "text", value: "utilization" },
              utilization: { kind: "number", text: "0.5" },
            })
          }
        >
          Add self-hosted model
        </button>
      </div>
    </section>
  );
}
