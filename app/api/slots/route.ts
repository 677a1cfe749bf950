import { findSlots } from "@/lib/booking/find-slots";
import { fieldErrors, slotQuerySchema } from "@/lib/booking/schemas";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

/** Public: free start times for a type, one therapist or any, between two clinic-local dates. */
export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = slotQuerySchema.safeParse(params);
  if (!parsed.success) {
    return Response.json({ error: "invalid", fields: fieldErrors(parsed.error) }, { status: 422, headers: noStore });
  }
  const result = await findSlots(parsed.data);
  if (!result.ok) return Response.json({ error: "invalid", fields: result.fields }, { status: 422, headers: noStore });
  return Response.json(
    {
      timeZone: result.timeZone,
      slots: result.slots.map((s) => ({ start: s.start.toISOString(), end: s.end.toISOString(), therapistId: s.therapistId })),
    },
    { headers: noStore },
  );
}
