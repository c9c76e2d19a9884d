import { exportMemberReport } from "@/lib/server/reports/export-member-report";
import { parseRevisionNumber } from "@/lib/server/reports/get-report-data";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ orgSlug: string; scenarioId: string }> }) {
  const { orgSlug, scenarioId } = await params;
  const revisionNumber = parseRevisionNumber(new URL(request.url).searchParams.get("revision"));

  return exportMemberReport(orgSlug, scenarioId, revisionNumber, "csv");
}
