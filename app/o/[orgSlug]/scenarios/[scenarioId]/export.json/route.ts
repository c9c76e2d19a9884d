import { exportMemberReport } from "@/lib/server/reports/export-member-report";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ orgSlug: string; scenarioId: string }> }) {
  const { orgSlug, scenarioId } = await params;

  return exportMemberReport(orgSlug, scenarioId, "json");
}
