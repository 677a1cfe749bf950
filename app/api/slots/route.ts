import { requestMeta } from "@/lib/auth/request-meta";
import { findSlotStarts } from "@/lib/booking/find-slots";
import { isoInstant } from "@/lib/calendar/local-time";
import { slotQuerySchema } from "@/lib/booking/schemas";
import { fieldErrorsOf } from "@/lib/forms/action-result";
import { countAddress } from "@/lib/limits/data";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

/** Public: free start times for a type, one therapist or any, between two clinic-local dates. */
export async function GET(request: Request) {
  // A person looks at a few weeks a minute; a script polling the calendar is held back.
  const allowed = await countAddress("slotQueries", requestMeta(request.headers).ip);
  if (!allowed.ok) {
    return Response.json(
      { error: "rate_limited" },
      { status: 429, headers: { ...noStore, "Retry-After": String(allowed.retryAfterSeconds) } },
    );
  }
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = slotQuerySchema.safeParse(params);
  if (!parsed.success) {
    return Response.json({ error: "invalid", fields: fieldErrorsOf(parsed.error) }, { status: 422, headers: noStore });
  }
  const result = await findSlotStarts(parsed.data);
  if (!result.ok) return Response.json({ error: "invalid", fields: result.fields }, { status: 422, headers: noStore });
  const length = result.type.minutes * 60_000;
  return Response.json(
    {
      timeZone: result.timeZone,
      // Epoch milliseconds formatted directly: hundreds of slots, no Date per slot.
      slots: result.slots.map((s) => ({
        start: isoInstant(s.start),
        end: isoInstant(s.start + length),
        therapistId: s.therapistId,
      })),
    },
    { headers: noStore },
  );
}
