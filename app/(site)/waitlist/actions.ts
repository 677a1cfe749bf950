"use server";

import { headers } from "next/headers";

import { requestMeta } from "@/lib/auth/request-meta";
import { looksHuman } from "@/lib/booking/form-stamp";
import { type ActionResult, handleForm, refuse } from "@/lib/forms/action-result";
import { countAddress } from "@/lib/limits/data";
import { joinWaitlist } from "@/lib/waitlist/join";
import { waitlistFormSchema } from "@/lib/waitlist/schemas";

/** "busy": too many bookings and joins from this address this hour. "refused": filled by a script (not said to it). */
export type WaitlistRefusal = { reason: "busy"; retryAfterMinutes: number } | { reason: "refused" };

/** The waitlist form's action: the same schema, limits and domain call as POST /api/waitlist. */
export async function joinWaitlistAction(input: unknown): Promise<ActionResult<object, WaitlistRefusal>> {
  return handleForm(waitlistFormSchema, input, async ({ website, formStamp, ...request }) => {
    if (!looksHuman({ website, formStamp })) return refuse<WaitlistRefusal>({ reason: "refused" });
    const allowed = await countAddress("bookings", requestMeta(await headers()).ip);
    if (!allowed.ok) {
      return refuse<WaitlistRefusal>({ reason: "busy", retryAfterMinutes: Math.ceil(allowed.retryAfterSeconds / 60) });
    }
    const joined = await joinWaitlist(request);
    if (!joined.ok) return { ok: false, fieldErrors: joined.fields };
  });
}
