"use client";

import { useActionState, useState, type FormEvent } from "react";

import { checkImportBytes } from "@/lib/catalog/import/size-limit";

import { applyImportAction, previewImportAction, type ImportState } from "@/lib/server/actions/import-actions";

const cell = "border-t border-slate-200 py-1 pr-3 align-top";

/**
 * Uploads a price file, shows what it would add, update and skip with the reasons, and writes
 * nothing until the person confirms.
 */
export function ImportForm({ orgSlug }: { orgSlug: string }) {
  const [preview, previewAction, previewPending] = useActionState<ImportState, FormData>(previewImportAction, { format: "csv" });
  const [applied, applyAction, applyPending] = useActionState<ImportState, FormData>(applyImportAction, { format: "csv" });
  const [lastSubmitted, setLastSubmitted] = useState<"preview" | "apply">("preview");
  // A confirmation rejected because the catalog changed returns a new preview of the same file, which replaces the old one.
  const shown = lastSubmitted === "apply" && applied.text !== undefined ? applied : preview;
  const planned = shown.planned ?? [];
  const errors = (lastSubmitted === "apply" ? applied.errors : undefined) ?? shown.errors ?? [];
  const skipped = shown.skipped ?? [];
  const changes = planned.filter((row) => row.action !== "skip").length;
  // Checked in the browser so that an oversized file never reaches the server action's body limit.
  const [browserFileError, setBrowserFileError] = useState<string | null>(null);
  const fileError = browserFileError ?? preview.fileError;

  const checkChosenFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    const message = file ? checkImportBytes(file.size) : null;
    setBrowserFileError(message);

    return message;
  };
  const refuseOversizedFile = (event: FormEvent<HTMLFormElement>) => {
    const input = event.currentTarget.elements.namedItem("file");
    if (input instanceof HTMLInputElement && checkChosenFile(input)) event.preventDefault();
  };

  return (
    <div className="space-y-6">
      <form
        action={previewAction}
        onSubmit={(event) => {
          setLastSubmitted("preview");
          refuseOversizedFile(event);
        }}
        className="flex flex-wrap items-end gap-3"
      >
        <input type="hidden" name="orgSlug" value={orgSlug} />
        <div>
          <label htmlFor="import-format" className="block text-sm font-medium">
            Format
          </label>
          <select id="import-format" name="format" defaultValue={preview.format} className="rounded border border-slate-300 px-3 py-2">
            <option value="csv">CSV (template columns)</option>
            <option value="litellm">LiteLLM model_prices_and_context_window.json</option>
          </select>
        </div>
        <div>
          <label htmlFor="import-file" className="block text-sm font-medium">
            File
          </label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,.json,text/csv,application/json"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? "import-file-error import-status" : "import-status"}
            onChange={(event) => checkChosenFile(event.currentTarget)}
          />
          {fileError ? (
            <p id="import-file-error" className="mt-1 text-sm text-red-700">
              {fileError}
            </p>
          ) : null}
        </div>
        <button type="submit" disabled={previewPending} className="rounded border border-slate-300 px-4 py-2 font-medium hover:bg-slate-100 disabled:opacity-60">
          {previewPending ? "Reading…" : "Preview"}
        </button>
      </form>

      <p id="import-status" role="status" aria-live="polite" className="text-sm text-red-700">
        {lastSubmitted === "apply" ? applied.formError : preview.formError}
      </p>

      {errors.length > 0 ? (
        <section className="space-y-1" data-testid="import-errors">
          <h2>Invalid rows: nothing can be imported until they are fixed</h2>
          <ul className="list-disc pl-5 text-sm text-red-800">
            {errors.map((error) => (
              <li key={`${error.line}-${error.field}`}>
                {error.line > 0 ? `Line ${error.line}, ` : ""}
                {error.field}: {error.message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {shown.text !== undefined && errors.length === 0 ? (
        <section className="space-y-3">
          <h2>
            Preview of {shown.fileName}: {planned.filter((row) => row.action === "add").length} to add,{" "}
            {planned.filter((row) => row.action === "update").length} to update, {planned.filter((row) => row.action === "skip").length + skipped.length} to skip
          </h2>
          <table className="w-full text-sm" data-testid="import-preview">
            <thead>
              <tr className="text-left text-slate-600">
                <th className="py-1 pr-3 font-medium">Line</th>
                <th className="py-1 pr-3 font-medium">Model</th>
                <th className="py-1 pr-3 font-medium">Action</th>
                <th className="py-1 pr-3 font-medium">Reason</th>
              </tr>
            </thead>
            <tbody>
              {planned.map((row) => (
                <tr key={`planned-${row.line}`}>
                  <td className={cell}>{row.line}</td>
                  <td className={cell}>{row.label}</td>
                  <td className={cell}>{row.action}</td>
                  <td className={cell}>{row.reason}</td>
                </tr>
              ))}
              {skipped.map((row) => (
                <tr key={`skipped-${row.line}`}>
                  <td className={cell}>{row.line}</td>
                  <td className={cell}>{row.label}</td>
                  <td className={cell}>skip</td>
                  <td className={cell}>{row.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <form action={applyAction} onSubmit={() => setLastSubmitted("apply")}>
            <input type="hidden" name="orgSlug" value={orgSlug} />
            <input type="hidden" name="format" value={shown.format} />
            <input type="hidden" name="text" value={shown.text} />
            <input type="hidden" name="fileName" value={shown.fileName ?? ""} />
            <input type="hidden" name="catalogVersion" value={shown.catalogVersion ?? ""} />
            <button type="submit" disabled={applyPending || changes === 0} className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60">
              {applyPending ? "Importing…" : `Confirm import of ${changes} ${changes === 1 ? "row" : "rows"}`}
            </button>
          </form>
        </section>
      ) : null}
    </div>
  );
}
