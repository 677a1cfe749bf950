import { requireStaff } from "@/lib/auth/require-staff";
import { listQueue } from "@/lib/staff/data/queue";
import { queueFiltersSchema } from "@/lib/staff/queue-filters";
import { queueRowView, type QueueView } from "@/lib/staff/queue-view";

/**
 * The triage queue's data: one page of cases for the queue screen (/staff),
 * whose page itself is a shell with no data. Signed out, revoked or idle → the same
 * redirect to the sign-in page as every staff page; the screen follows it.
 */
export async function GET(request: Request): Promise<Response> {
  const actor = await requireStaff();
  const filters = queueFiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const loadedAt = new Date().toISOString();
  const queue = await listQueue(actor, filters);
  const view: QueueView = {
    viewer: { name: actor.name, role: actor.role },
    counts: queue.counts,
    rows: queue.rows.map(queueRowView),
    next: queue.next,
    loadedAt,
  };
  // Health data: never kept by a browser or a shared cache.
  return Response.json(view, { headers: { "Cache-Control": "private, no-store" } });
}
