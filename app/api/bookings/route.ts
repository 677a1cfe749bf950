import { createBooking } from "@/lib/booking/book";
import { bookingHeadersSchema, bookingRequestSchema } from "@/lib/booking/schemas";
import { fieldErrorsOf } from "@/lib/forms/action-result";
import { addressLimited, invalid, jsonReply, readObjectBody } from "@/lib/http/json-api";
import { rowLimits } from "@/lib/limits/data";

export const dynamic = "force-dynamic";

/**
 * Public: book a time. 201 with the booking and its links; 409 when the time is
 * not free (taken, outside hours, inside the notice window, past the horizon);
 * 413 for a body over 16 KB (never parsed); 422 with field errors for anything
 * malformed, or idempotency_key_reused for a key that booked a different request
 * in the last 24 hours; 429 with Retry-After past the clinic's bookings an hour
 * from one address; never a 500.
 */
export async function POST(request: Request) {
  const read = await readObjectBody(request);
  if (read instanceof Response) return read;
  const parsed = bookingRequestSchema.safeParse(read.body);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const key = request.headers.get("idempotency-key") ?? undefined;
  const headers = bookingHeadersSchema.safeParse({ "Idempotency-Key": key });
  if (!headers.success) return invalid(fieldErrorsOf(headers.error));
  const limited = await addressLimited(request, "bookings");
  if (limited) return limited;
  const limits = await rowLimits();
  const outcome = await createBooking(parsed.data, {
    idempotencyKey: headers.data["Idempotency-Key"],
    futureBookingsPerEmail: limits?.futureBookingsPerEmail,
  });
  if (outcome.ok) return jsonReply(outcome.reply, 201);
  if (outcome.error === "slot_unavailable") return jsonReply({ error: "slot_unavailable" }, 409);
  // The key already booked another request: nothing of that booking is answered.
  if (outcome.error === "idempotency_key_reused") return jsonReply({ error: "idempotency_key_reused" }, 422);
  return invalid(outcome.fields);
}
