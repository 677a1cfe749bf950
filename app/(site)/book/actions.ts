"use server";

import { createBooking } from "@/lib/booking/book";
import { nearestFreeTimes } from "@/lib/booking/nearest";
import { bookingRequestSchema, fieldErrors } from "@/lib/booking/schemas";

export type BookActionResult =
  | { ok: true; next: string }
  | { ok: false; fieldErrors: Record<string, string> }
  | { ok: false; taken: true; alternatives: string[] };

/** The booking form's action: the same schema and domain call as POST /api/bookings. */
export async function bookAppointment(input: unknown, idempotencyKey: string): Promise<BookActionResult> {
  const parsed = bookingRequestSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrors(parsed.error) };
  const key = /^[\w-]{8,100}$/.test(idempotencyKey) ? idempotencyKey : undefined;
  const outcome = await createBooking(parsed.data, { idempotencyKey: key });
  if (outcome.ok) return { ok: true, next: `${new URL(outcome.reply.manageUrl).pathname}?booked=1` };
  if (outcome.error === "invalid") return { ok: false, fieldErrors: outcome.fields };
  const alternatives = await nearestFreeTimes(parsed.data.type, parsed.data.therapistId, new Date(parsed.data.start));
  return { ok: false, taken: true, alternatives };
}
