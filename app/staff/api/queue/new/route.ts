import { requireStaff } from "@/lib/auth/require-staff";
import { countNewUrgentCases } from "@/lib/staff/data/queue";

/**
 * How many urgent or emergency cases arrived since `since` (an ISO instant): the
 * open queue asks every 30 s. A count only: no health data, so no audit event.
 */
export async function GET(request: Request): Promise<Response> {
  const actor = await requireStaff();
  const since = new Date(new URL(request.url).searchParams.get("since") ?? "");
  if (Number.isNaN(since.getTime())) {
    return Response.json({ error: "since must be an ISO date and time" }, { status: 422 });
  }
  const count = await countNewUrgentCases(actor, since);
  return Response.json({ count }, { headers: { "Cache-Control": "private, no-store" } });
}
