import { PRICE_CSV_COLUMNS } from "@/lib/catalog/import/parse-price-import";
import { writeCsv } from "@/lib/catalog/import/csv";
import { findOrgAccess, getCurrentUser } from "@/lib/server/access";
import { listApiModelPrices } from "@/lib/server/catalog/list-api-model-prices";
import { getDatabase } from "@/lib/server/db";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404 });

/**
 * Downloads the organization's API model prices (every dated row) as CSV in the import
 * template's columns, or with `?template=1` the template with one example row.
 */
export async function GET(request: Request, { params }: { params: Promise<{ orgSlug: string }> }) {
  const user = await getCurrentUser();
  if (!user) return notFound();

  const access = await findOrgAccess(user, (await params).orgSlug);
  if (!access || !access.can("catalog:read")) return notFound();

  const header = PRICE_CSV_COLUMNS.map((column) => column.name);
  const template = new URL(request.url).searchParams.get("template") === "1";
  const rows = template
    ? [["Anthropic", "Claude 3 Opus", 15, 1.5, 75, 0, "2024-03-04", "https://www.anthropic.com/pricing", "2024-04-15", "List price"]]
    : (await listApiModelPrices(await getDatabase(), access.org.id)).map((row) => [
        row.provider,
        row.model,
        row.inputPricePerMTok,
        row.cachedInputPricePerMTok,
        row.outputPricePerMTok,
        Number((row.discount * 100).toPrecision(12)),
        row.effectiveFrom,
        row.sourceUrl,
        row.checkedAt,
        row.notes,
      ]);
  const fileName = template ? "api-model-prices-template.csv" : `${access.org.slug}-api-model-prices.csv`;

  return new Response(writeCsv([header, ...rows]), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
