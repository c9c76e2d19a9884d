import type { Metadata } from "next";
import Link from "next/link";

import { ImportForm } from "@/components/catalog/import-form";
import { IMPORT_MAX_BYTES, PRICE_CSV_COLUMNS } from "@/lib/catalog/import/parse-price-import";
import { getOrgAccessOrThrow } from "@/lib/server/access";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orgSlug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { orgSlug } = await params;
  await getOrgAccessOrThrow(orgSlug, `/o/${orgSlug}/catalog/import`, "catalog:edit");

  return { title: "Import API model prices" };
}

export default async function ImportPricesPage({ params }: Props) {
  const { orgSlug } = await params;
  const access = await getOrgAccessOrThrow(orgSlug, `/o/${orgSlug}/catalog/import`, "catalog:edit");
  const base = `/o/${access.org.slug}/catalog`;

  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={base}>Catalog</Link>
      </p>
      <h1>Import API model prices</h1>
      <div className="space-y-2 text-sm text-slate-700">
        <p>
          Upload a CSV file with the columns below (<a href={`${base}/export?template=1`}>download the template</a>) or LiteLLM&apos;s{" "}
          <code>model_prices_and_context_window.json</code>, whose per-token prices become prices per 1M tokens. Prices are read as{" "}
          {access.org.currency}; no exchange rate is applied. Files up to {IMPORT_MAX_BYTES.toLocaleString("en-US")} bytes. A comma followed by
          exactly three digits is a thousands separator (1,000); any other comma in a number is a decimal comma (2,5).
        </p>
        <table className="text-sm">
          <tbody>
            {PRICE_CSV_COLUMNS.map((column) => (
              <tr key={column.name}>
                <td className="pr-3 align-top">
                  <code>{column.name}</code>
                </td>
                <td>{column.help}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ImportForm orgSlug={access.org.slug} />
    </div>
  );
}
