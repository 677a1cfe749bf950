import { requireStaff } from "@/lib/auth/require-staff";
import { todayIn } from "@/lib/calendar/dates";
import { getClinic } from "@/lib/clinic/data";
import { exportQueueCsv } from "@/lib/staff/data/export";
import { queueFiltersSchema } from "@/lib/staff/queue-filters";

export const dynamic = "force-dynamic";

/** The filtered queue as a CSV download (admins only; audited). */
export async function GET(request: Request) {
  const actor = await requireStaff({ role: "admin" });
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const filters = queueFiltersSchema.parse(params);
  const { csv } = await exportQueueCsv(actor, filters, params.text === "1");
  const day = todayIn((await getClinic()).timeZone);
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="stride-queue-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
