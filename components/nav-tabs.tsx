import Link from "next/link";

/** A row of links to the sections of an organization or a scenario. */
export function NavTabs({ label, items }: { label: string; items: { href: string; title: string }[] }) {
  return (
    <nav aria-label={label} className="no-print mb-6 flex flex-wrap gap-4 border-b border-slate-200 pb-2 text-sm">
      {items.map((item) => (
        <Link key={item.href} href={item.href}>
          {item.title}
        </Link>
      ))}
    </nav>
  );
}
