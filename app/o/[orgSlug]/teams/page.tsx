import type { Metadata } from "next";
import Link from "next/link";

import { formatNumber, formatPercent } from "@/lib/format";
import { getOrgAccessOrThrow } from "@/lib/server/access";
import { getDatabase } from "@/lib/server/db";
import { listTeams } from "@/lib/server/teams/list-teams";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orgSlug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { orgSlug } = await params;
  const access = await getOrgAccessOrThrow(orgSlug, `/o/${orgSlug}/teams`);

  return { title: `Teams · ${access.org.name}` };
}

const cell = "border-t border-slate-200 py-1 pr-3 align-top";
const HEADERS = ["Team", "Engineers", "Adoption", "Requests / engineer / day", "Input tokens", "Output tokens", "Cached input", "Growth / year", ""];

export default async function TeamsPage({ params }: Props) {
  const { orgSlug } = await params;
  const access = await getOrgAccessOrThrow(orgSlug, `/o/${orgSlug}/teams`);
  const teams = await listTeams(await getDatabase(), access.org.id);
  const canEdit = access.can("teams:edit");
  const base = `/o/${access.org.slug}/teams`;

  return (
    <div className="space-y-4">
      <div className="flex items-baseline justify-between">
        <h1>Teams</h1>
        {canEdit ? <Link href={`${base}/new`}>Add team</Link> : null}
      </div>
      <p className="text-sm text-slate-600">Head counts and usage that scenarios plan with. A team that a scenario uses can be retired but not deleted.</p>
      {teams.length === 0 ? <p>No teams yet.</p> : null}
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <thead>
            <tr className="text-left text-slate-600">
              {HEADERS.map((header) => (
                <th key={header} className="py-1 pr-3 font-medium">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {teams.map((team) => (
              <tr key={team.id} data-testid={`team-${team.name}`}>
                <td className={cell}>
                  {team.name}
                  {team.retiredAt ? <span className="ml-2 rounded bg-slate-200 px-1.5 text-xs">retired</span> : null}
                </td>
                <td className={cell}>{formatNumber(team.engineers)}</td>
                <td className={cell}>{formatPercent(team.adoption)}</td>
                <td className={cell}>{formatNumber(team.queriesPerEngineerPerDay, 2)}</td>
                <td className={cell}>{formatNumber(team.inputTokensPerQuery)}</td>
                <td className={cell}>{formatNumber(team.outputTokensPerQuery)}</td>
                <td className={cell}>{formatPercent(team.cachedInputShare)}</td>
                <td className={cell}>{formatPercent(team.annualHeadcountGrowth)}</td>
                <td className={cell}>
                  {canEdit ? (
                    <Link href={`${base}/${team.id}/edit`} aria-label={`Edit ${team.name}`}>
                      Edit
                    </Link>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
