"use server";

import { headers } from "next/headers";

import { requestMeta } from "@/lib/auth/request-meta";
import { createBooking } from "@/lib/booking/book";
import { looksHuman } from "@/lib/booking/form-stamp";
import { nearestFreeTimes } from "@/lib/booking/nearest";
import { bookingFormSchema } from "@/lib/booking/schemas";
import { type ActionResult, FORM_FIELD, handleForm, refuse } from "@/lib/forms/action-result";
import { countAddress, rowLimits } from "@/lib/limits/data";

/**
 * "taken": the time was taken (or closed) before the patient confirmed, with the nearest
 * free times to choose from instead. "busy": too many bookings from this address this
 * hour, with the wait. "refused": the form looked filled by a script (not said to it).
 */
export type BookRefusal =
  { reason: "taken"; alternatives: string[] } | { reason: "busy"; retryAfterMinutes: number } | { reason: "refused" };

/** The booking form's action: the same schema, key check, limits and domain call as POST /api/bookings. */
export async function bookAppointment(input: unknown): Promise<ActionResult<{ next: string }, BookRefusal>> {
  return handleForm(bookingFormSchema, input, async ({ idempotencyKey, website, formStamp, ...request }) => {
    if (!looksHuman({ website, formStamp })) return refuse<BookRefusal>({ reason: "refused" });
    const allowed = await countAddress("bookings", requestMeta(await headers()).ip);
    if (!allowed.ok) {
      return refuse<BookRefusal>({ reason: "busy", retryAfterMinutes: Math.ceil(allowed.retryAfterSeconds / 60) });
    }
    const limits = await rowLimits();
    const outcome = await createBooking(request, {
      idempotencyKey,
      futureBookingsPerEmail: limits?.futureBookingsPerEmail,
    });
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
