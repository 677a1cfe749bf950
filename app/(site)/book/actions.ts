"use server";

import { createBooking } from "@/lib/booking/book";
import { nearestFreeTimes } from "@/lib/booking/nearest";
import { bookingFormSchema } from "@/lib/booking/schemas";
import { type ActionResult, FORM_FIELD, handleForm, refuse } from "@/lib/forms/action-result";

/** The time was taken (or closed) before the patient confirmed: the nearest free times, to choose from instead. */
export type BookRefusal = { reason: "taken"; alternatives: string[] };

/** The booking form's action: the same schema, key check and domain call as POST /api/bookings. */
export async function bookAppointment(input: unknown): Promise<ActionResult<{ next: string }, BookRefusal>> {
  return handleForm(bookingFormSchema, input, async ({ idempotencyKey, ...request }) => {
    const outcome = await createBooking(request, { idempotencyKey });
    if (outcome.ok) return { next: `${new URL(outcome.reply.manageUrl).pathname}?booked=1` };
    if (outcome.error === "invalid") return { ok: false, fieldErrors: outcome.fields };
    // The form makes a new key for each page, so only a forged call reuses one.
    if (outcome.error === "idempotency_key_reused")
      return {
        ok: false,
        fieldErrors: { [FORM_FIELD]: "This form has already booked: reload the page to book again" },
      };
    const alternatives = await nearestFreeTimes(request.type, request.therapistId, new Date(request.start));
    return refuse<BookRefusal>({ reason: "taken", alternatives });
  });
}
