import { createBooking } from "@/lib/booking/book";
import { bookingRequestSchema, fieldErrors } from "@/lib/booking/schemas";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

/**
 * Public: book a time. 201 with the booking and its links; 409 when the time is
 * not free (taken, outside hours, inside the notice window, past the horizon);
 * 422 with field errors for anything malformed, never a 500.
 */
export async function POST(request: Request) {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ error: "invalid", fields: { body: "Send a JSON object" } }, { status: 422, headers: noStore });
  }
  const parsed = bookingRequestSchema.safeParse(body);
  if (!parsed.success) {
    return Response.json({ error: "invalid", fields: fieldErrors(parsed.error) }, { status: 422, headers: noStore });
  }
  const key = request.headers.get("idempotency-key")?.trim();
  if (key !== undefined && !/^[\w-]{8,100}$/.test(key)) {
    return Response.json(
      { error: "invalid", fields: { "Idempotency-Key": "Use 8 to 100 letters, digits, - or _" } },
      { status: 422, headers: noStore },
    );
  }
  const outcome = await createBooking(parsed.data, { idempotencyKey: key || undefined });
  if (outcome.ok) return Response.json(outcome.reply, { status: 201, headers: noStore });
  if (outcome.error === "slot_unavailable") return Response.json({ error: "slot_unavailable" }, { status: 409, headers: noStore });
  return Response.json({ error: "invalid", fields: outcome.fields }, { status: 422, headers: noStore });
}
