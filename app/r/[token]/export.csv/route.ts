import { exportSharedReport } from "@/lib/server/share/export-shared-report";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;

  return exportSharedReport(token, "csv");
}
