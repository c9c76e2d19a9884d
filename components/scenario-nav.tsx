import Link from "next/link";

export type ScenarioSection = "report" | "edit" | "history";

/** Links between a scenario's report, editor and history; the editor link shows only to roles that may edit. */
export function ScenarioNav({
  orgSlug,
  scenarioId,
  current,
  canEdit,
}: {
  orgSlug: string;
  scenarioId: string;
  current: ScenarioSection;
  canEdit: boolean;
}) {
  const base = `/o/${encodeURIComponent(orgSlug)}/scenarios/${encodeURIComponent(scenarioId)}`;
  const items: { section: ScenarioSection; href: string; title: string }[] = [
    { section: "report", href: base, title: "Report" },
    ...(canEdit ? [{ section: "edit" as const, href: `${base}/edit`, title: "Edit" }] : []),
    { section: "history", href: `${base}/history`, title: "History" },
  ];

  return (
    <nav aria-label="Scenario" className="no-print flex gap-4 text-sm">
      {items.map((item) => (
        <Link key={item.section} href={item.href} aria-current={item.section === current ? "page" : undefined} className={item.section === current ? "font-semibold" : undefined}>
          {item.title}
        </Link>
      ))}
    </nav>
  );
}

/** Marks an archived scenario next to its name. */
export function ArchivedBadge() {
  return (
    <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 align-middle text-sm font-medium text-amber-900" data-testid="archived-badge">
      Archived
    </span>
  );
}
