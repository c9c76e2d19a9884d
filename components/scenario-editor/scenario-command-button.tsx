"use client";

import { useActionState } from "react";

import type { ScenarioCommandState } from "@/lib/server/actions/scenario-actions";

/** A one-button form for a scenario command (duplicate, archive, restore) that shows the server's refusal next to it. */
export function ScenarioCommandButton({
  action,
  label,
  pendingLabel,
  confirmText,
  className,
}: {
  action: (previous: ScenarioCommandState) => Promise<ScenarioCommandState>;
  label: string;
  pendingLabel: string;
  confirmText?: string;
  className?: string;
}) {
  const [state, formAction, pending] = useActionState<ScenarioCommandState>(action, {});

  return (
    <form
      action={formAction}
      className="inline-flex flex-col"
      onSubmit={(event) => {
        if (confirmText && !window.confirm(confirmText)) event.preventDefault();
      }}
    >
      <button type="submit" disabled={pending} className={className ?? "rounded border border-slate-400 px-3 py-1 text-sm"}>
        {pending ? pendingLabel : label}
      </button>
      <span role="status" aria-live="polite" className="text-sm text-red-700">
        {state.message}
      </span>
    </form>
  );
}
