import type { ShareLinkSummary } from "@/lib/server/share/list-share-links";

import { RevokeShareLinkForm } from "./revoke-share-link-form";

function stateOf(link: ShareLinkSummary, now: Date): string {
  if (link.revokedAt) return `revoked ${link.revokedAt.toISOString().slice(0, 10)}`;
  if (link.expiresAt && link.expiresAt <= now) return `expired ${link.expiresAt.toISOString().slice(0, 10)}`;

  return link.expiresAt ? `active until ${link.expiresAt.toISOString().slice(0, 10)}` : "active, no expiry";
}

/** A scenario's share links with their state and views, each active one with a revoke button. */
export function ShareLinkList({ orgSlug, scenarioId, links, now }: { orgSlug: string; scenarioId: string; links: ShareLinkSummary[]; now: Date }) {
  if (links.length === 0) return <p className="text-sm text-slate-600">No links yet.</p>;

  return (
    <div className="overflow-x-auto">
      <table className="min-w-full border-collapse bg-white text-sm" data-testid="share-links">
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th className="p-2">Label</th>
            <th className="p-2">Shows</th>
            <th className="p-2">Unit prices</th>
            <th className="p-2">State</th>
            <th className="p-2 text-right">Views</th>
            <th className="p-2">Last viewed</th>
            <th className="p-2">Created</th>
            <th className="p-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {links.map((link) => {
            const active = !link.revokedAt && !(link.expiresAt && link.expiresAt <= now);

            return (
              <tr key={link.id} className="border-b border-slate-200" data-testid="share-link-row">
                <td className="p-2">{link.label ?? "(no label)"}</td>
                <td className="p-2">{link.revisionNumber === null ? "latest revision" : `revision ${link.revisionNumber}`}</td>
                <td className="p-2">{link.hideUnitPrices ? "hidden" : "shown"}</td>
                <td className="p-2">{stateOf(link, now)}</td>
                <td className="p-2 text-right tabular-nums" data-testid="share-link-views">
                  {link.views}
                </td>
                <td className="p-2">{link.lastViewedAt ? link.lastViewedAt.toISOString().slice(0, 16).replace("T", " ") + " UTC" : "never"}</td>
                <td className="p-2">
                  {link.createdAt.toISOString().slice(0, 10)}
                  {link.createdBy ? ` by ${link.createdBy}` : ""}
                </td>
                <td className="p-2">
                  {active ? (
                    <RevokeShareLinkForm orgSlug={orgSlug} scenarioId={scenarioId} linkId={link.id} />
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
