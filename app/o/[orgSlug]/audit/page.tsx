import type { Metadata } from "next";
import Link from "next/link";

import { AuditDetails } from "@/components/audit-details";
import { getOrgAccessOrThrow } from "@/lib/server/access";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { getDatabase } from "@/lib/server/db";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orgSlug: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { orgSlug } = await params;
  const access = await getOrgAccessOrThrow(orgSlug, `/o/${orgSlug}/audit`, "audit:read");

  return { title: `Audit log · ${access.org.name}` };
}

const cell = "border-t border-slate-200 py-2 pr-3 align-top";

export default async function AuditPage({ params, searchParams }: Props) {
  const { orgSlug } = await params;
  const access = await getOrgAccessOrThrow(orgSlug, `/o/${orgSlug}/audit`, "audit:read");
  const requested = Number.parseInt((await searchParams).page ?? "1", 10);
  const page = Number.isFinite(requested) && requested >= 1 && requested <= 100_000 ? requested : 1;
  const { events, hasOlder } = await listAuditEvents(await getDatabase(), access.org.id, page);
  const base = `/o/${access.org.slug}/audit`;

  return (
    <div className="space-y-4">
      <h1>Audit log</h1>
      <p className="text-sm text-slate-600">Every change of this organization&apos;s data, newest first. Page {page}.</p>
      {/* Fixed columns, so long details wrap inside their cell instead of widening the page. */}
      <table className="w-full table-fixed text-sm" data-testid="audit-log">
        <colgroup>
          <col className="w-44" />
          <col className="w-56" />
          <col className="w-48" />
          <col />
        </colgroup>
        <thead>
          <tr className="text-left text-slate-600">
            <th className="py-1 pr-3 font-medium">When (UTC)</th>
            <th className="py-1 pr-3 font-medium">Who</th>
            <th className="py-1 pr-3 font-medium">What</th>
            <th className="py-1 pr-3 font-medium">Details</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <td className={`${cell} whitespace-nowrap`}>{event.createdAt.toISOString().slice(0, 19).replace("T", " ")}</td>
              <td className={`${cell} [overflow-wrap:anywhere]`}>
                <bdi>{event.actorEmail}</bdi>
              </td>
              <td className={`${cell} [overflow-wrap:anywhere]`}>
                <code>{event.action}</code>
              </td>
              <td className={`${cell} min-w-0 [overflow-wrap:anywhere]`} data-testid="audit-details">
                <AuditDetails details={event.details} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {events.length === 0 ? <p>No events on this page.</p> : null}
      <nav aria-label="Audit log pages" className="flex gap-4 text-sm">
        {page > 1 ? <Link href={`${base}?page=${page - 1}`}>Newer</Link> : null}
        {hasOlder ? <Link href={`${base}?page=${page + 1}`}>Older</Link> : null}
      </nav>
    </div>
  );
}
