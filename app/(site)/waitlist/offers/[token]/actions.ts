"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";

import { requestMeta } from "@/lib/auth/request-meta";
import { countAddress } from "@/lib/limits/data";
import { acceptOffer, declineOffer } from "@/lib/waitlist/respond";
import { waitlistTokenSchema } from "@/lib/waitlist/token-schema";

// Plain <form> actions (they work without JavaScript), answered by the page they
// redirect to, as the manage page's are (appointments/[token]/actions.ts).
const fieldsOf = (formData: unknown) => (formData instanceof FormData ? Object.fromEntries(formData) : undefined);

/** Books the held time; the patient lands on their new booking's page, as after any booking. */
export async function acceptOfferAction(formData: FormData): Promise<void> {
  const parsed = waitlistTokenSchema.safeParse(fieldsOf(formData));
  if (!parsed.success) redirect("/waitlist/offers/invalid");
  const base = `/waitlist/offers/${parsed.data.token}`;
  const allowed = await countAddress("bookings", requestMeta(await headers()).ip);
  if (!allowed.ok) redirect(`${base}?problem=busy`);
  const outcome = await acceptOffer(parsed.data.token);
  if (outcome.ok) redirect(`/appointments/${outcome.manageToken}?booked=1`);
  redirect(outcome.error === "not_found" ? "/waitlist/offers/invalid" : base);
}

/** Lets the time go to the next person; the page then says so. */
export async function declineOfferAction(formData: FormData): Promise<void> {
  const parsed = waitlistTokenSchema.safeParse(fieldsOf(formData));
  if (!parsed.success) redirect("/waitlist/offers/invalid");
  const outcome = await declineOffer(parsed.data.token);
  redirect(outcome === "not_found" ? "/waitlist/offers/invalid" : `/waitlist/offers/${parsed.data.token}`);
}
