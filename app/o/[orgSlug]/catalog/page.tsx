import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";

import { KIND_SEGMENTS } from "@/lib/catalog/entry-schemas";
import { formatNumber, formatPercent, formatUnitPrice } from "@/lib/format";
import { gpuHourlyCost, type DatedRow } from "@/lib/scenario/catalog-types";
import { getOrgAccessOrThrow } from "@/lib/server/access";
import { listCatalogEntries, type DatedEntrySummary } from "@/lib/server/catalog/list-catalog-entries";
import { getDatabase } from "@/lib/server/db";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orgSlug: string }>; searchParams: Promise<{ imported?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { orgSlug } = await params;
  const access = await getOrgAccessOrThrow(orgSlug, `/o/${orgSlug}/catalog`);

  return { title: `Catalog · ${access.org.name}` };
}

function Status({ entry }: { entry: DatedEntrySummary<DatedRow> }) {
  if (entry.retired) return <span className="rounded bg-slate-200 px-1.5 text-xs">retired</span>;
  if (!entry.inForceToday) return <span className="rounded bg-amber-100 px-1.5 text-xs">no price today</span>;

  return null;
}

function Section({ title, singular, addHref, headers, children }: { title: string; singular: string; addHref: string | null; headers: string[]; children: ReactNode }) {
  return (
    <section className="space-y-2">
      <div className="flex items-baseline justify-between">
        <h2>{title}</h2>
        {addHref ? <Link href={addHref}>{`Add ${singular}`}</Link> : null}
      </div>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <thead>
            <tr className="text-left text-slate-600">
              {headers.map((header) => (
                <th key={header} className="py-1 pr-3 font-medium">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
    </section>
  );
}

const cell = "border-t border-slate-200 py-1 pr-3 align-top";

export default async function CatalogPage({ params, searchParams }: Props) {
  const { orgSlug } = await params;
  const imported = /^(\d+)-(\d+)$/.exec((await searchParams).imported ?? "");
  const access = await getOrgAccessOrThrow(orgSlug, `/o/${orgSlug}/catalog`);
  const today = new Date().toISOString().slice(0, 10);
  const catalog = await listCatalogEntries(await getDatabase(), access.org.id, today);
  const { currency, slug } = access.org;
  const canEdit = access.can("catalog:edit");
  const base = `/o/${slug}/catalog`;
  const addHref = (segment: string) => (canEdit ? `${base}/${segment}/new` : null);

  return (
    <div className="space-y-8">
      <div>
        <h1>Pricing catalog</h1>
        <p className="text-sm text-slate-600">
          Prices in {currency} as of {today}. Open an entry for its price history{canEdit ? ", to change its price or to retire it" : ""}.
        </p>
        <p className="flex gap-4 text-sm">
          <a href={`${base}/export`}>Export API model prices (CSV)</a>
          {canEdit ? <Link href={`${base}/import`}>Import prices</Link> : null}
          <Link href={`${base}/compare`}>Compare with the shipped catalog</Link>
        </p>
        {imported ? (
          <p role="status" className="text-sm text-green-800" data-testid="import-result">
            Imported: {imported[1]} added, {imported[2]} updated.
          </p>
        ) : null}
      </div>

      <Section
        title="API model prices"
        singular="API model price"
        addHref={addHref(KIND_SEGMENTS.apiModel)}
        headers={["Model", "Provider", "Input / 1M", "Cached input / 1M", "Output / 1M", "Discount", "Effective from", "Checked", ""]}
      >
        {catalog.apiModels.map((entry) => (
          <tr key={entry.key} data-testid={`api-model-${entry.key}`}>
            <td className={cell}>
              <Link href={`${base}/${KIND_SEGMENTS.apiModel}/${entry.shown.id}`}>{entry.shown.model}</Link>
            </td>
            <td className={cell}>{entry.shown.provider}</td>
            <td className={cell}>{formatUnitPrice(entry.shown.inputPricePerMTok, currency)}</td>
            <td className={cell}>{entry.shown.cachedInputPricePerMTok === null ? "= input" : formatUnitPrice(entry.shown.cachedInputPricePerMTok, currency)}</td>
            <td className={cell}>{formatUnitPrice(entry.shown.outputPricePerMTok, currency)}</td>
            <td className={cell}>{formatPercent(entry.shown.discount)}</td>
            <td className={cell}>{entry.shown.effectiveFrom}</td>
            <td className={cell}>{entry.shown.checkedAt ?? "—"}</td>
            <td className={cell}>
              <Status entry={entry} />
            </td>
          </tr>
        ))}
      </Section>

      <Section
        title="Seat plans"
        singular="seat plan"
        addHref={addHref(KIND_SEGMENTS.seatPlan)}
        headers={["Plan", "Vendor", "Per seat and month", "Minimum seats", "Effective from", "Checked", ""]}
      >
        {catalog.seatPlans.map((entry) => (
          <tr key={entry.key}>
            <td className={cell}>
              <Link href={`${base}/${KIND_SEGMENTS.seatPlan}/${entry.shown.id}`}>{entry.shown.name}</Link>
            </td>
            <td className={cell}>{entry.shown.vendor}</td>
            <td className={cell}>{formatUnitPrice(entry.shown.pricePerSeatPerMonth, currency)}</td>
            <td className={cell}>{formatNumber(entry.shown.minimumSeats)}</td>
            <td className={cell}>{entry.shown.effectiveFrom}</td>
            <td className={cell}>{entry.shown.checkedAt ?? "—"}</td>
            <td className={cell}>
              <Status entry={entry} />
            </td>
          </tr>
        ))}
      </Section>

      <Section
        title="GPU prices"
        singular="GPU price"
        addHref={addHref(KIND_SEGMENTS.gpuPrice)}
        headers={["GPU", "Memory", "Market", "Provider", "Per GPU-hour", "Effective from", "Checked", ""]}
      >
        {catalog.gpuPrices.map((entry) => (
          <tr key={entry.key}>
            <td className={cell}>
              <Link href={`${base}/${KIND_SEGMENTS.gpuPrice}/${entry.shown.id}`}>{entry.shown.gpuModel}</Link>
            </td>
            <td className={cell}>{entry.shown.memoryGb} GB</td>
            <td className={cell}>{entry.shown.market}</td>
            <td className={cell}>{entry.shown.provider ?? "—"}</td>
            <td className={cell}>
              {formatUnitPrice(gpuHourlyCost(entry.shown), currency)}
              {entry.shown.market === "owned" ? <span className="text-xs text-slate-500"> derived</span> : null}
            </td>
            <td className={cell}>{entry.shown.effectiveFrom}</td>
            <td className={cell}>{entry.shown.checkedAt ?? "—"}</td>
            <td className={cell}>
              <Status entry={entry} />
            </td>
          </tr>
        ))}
      </Section>

      <Section
        title="Self-hosted model profiles"
        singular="self-hosted profile"
        addHref={addHref(KIND_SEGMENTS.profile)}
        headers={["Profile", "Base model", "Parameters", "DAPT GPU-h", "SFT GPU-h", "GPUs per replica", "Tokens/s", ""]}
      >
        {catalog.profiles.map((profile) => (
          <tr key={profile.key}>
            <td className={cell}>
              <Link href={`${base}/${KIND_SEGMENTS.profile}/${profile.id}`}>{profile.name}</Link>
            </td>
            <td className={cell}>{profile.baseModel}</td>
            <td className={cell}>{formatNumber(profile.parametersBillions, 2)} B</td>
            <td className={cell}>{formatNumber(profile.daptGpuHours, 2)}</td>
            <td className={cell}>{formatNumber(profile.sftGpuHours, 2)}</td>
            <td className={cell}>{profile.gpusPerReplica}</td>
            <td className={cell}>{formatNumber(profile.throughputTokensPerSecond)}</td>
            <td className={cell}>{profile.retiredAt ? <span className="rounded bg-slate-200 px-1.5 text-xs">retired</span> : null}</td>
          </tr>
        ))}
      </Section>
    </div>
  );
}
