import { requestMeta } from "@/lib/auth/request-meta";
import { createBooking } from "@/lib/booking/book";
import { bookingHeadersSchema, bookingRequestSchema } from "@/lib/booking/schemas";
import { fieldErrorsOf } from "@/lib/forms/action-result";
import { readJsonBody, tooLargeResponse } from "@/lib/http/body-limit";
import { countAddress, rowLimits } from "@/lib/limits/data";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };
const invalid = (fields: Record<string, string>) =>
  Response.json({ error: "invalid", fields }, { status: 422, headers: noStore });

/**
 * Public: book a time. 201 with the booking and its links; 409 when the time is
 * not free (taken, outside hours, inside the notice window, past the horizon);
 * 413 for a body over 16 KB (never parsed); 422 with field errors for anything
 * malformed, or idempotency_key_reused for a key that booked a different request
 * in the last 24 hours; 429 with Retry-After past the clinic's bookings an hour
 * from one address; never a 500.
 */
export async function POST(request: Request) {
  const read = await readJsonBody(request);
  if (!read.ok && read.tooLarge) return tooLargeResponse();
  const body = read.ok ? read.value : undefined;
  // Malformed JSON or not an object: the one error about the body as a whole, named "body" on the wire.
  if (typeof body !== "object" || body === null || Array.isArray(body)) return invalid({ body: "Send a JSON object" });
  const parsed = bookingRequestSchema.safeParse(body);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const key = request.headers.get("idempotency-key") ?? undefined;
  const headers = bookingHeadersSchema.safeParse({ "Idempotency-Key": key });
  if (!headers.success) return invalid(fieldErrorsOf(headers.error));
  const allowed = await countAddress("bookings", requestMeta(request.headers).ip);
  if (!allowed.ok) {
    return Response.json(
      { error: "rate_limited" },
      { status: 429, headers: { ...noStore, "Retry-After": String(allowed.retryAfterSeconds) } },
    );
  }
  const limits = await rowLimits();
  const outcome = await createBooking(parsed.data, {
    idempotencyKey: headers.data["Idempotency-Key"],
    futureBookingsPerEmail: limits?.futureBookingsPerEmail,
  });
  if (outcome.ok) return Response.json(outcome.reply, { status: 201, headers: noStore });
  if (outcome.error === "slot_unavailable")
    return Response.json({ error: "slot_unavailable" }, { status: 409, headers: noStore });
  // The key already booked another request: nothing of that booking is answered.
  if (outcome.error === "idempotency_key_reused")
    return Response.json({ error: "idempotency_key_reused" }, { status: 422, headers: noStore });
  return invalid(outcome.fields);
}
