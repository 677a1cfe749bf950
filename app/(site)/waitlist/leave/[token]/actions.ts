"use server";

import { redirect } from "next/navigation";

import { leaveWaitlist } from "@/lib/waitlist/respond";
import { waitlistTokenSchema } from "@/lib/waitlist/token-schema";

// A plain <form> action (works without JavaScript), answered by the page it redirects to.
export async function leaveWaitlistAction(formData: FormData): Promise<void> {
  const parsed = waitlistTokenSchema.safeParse(formData instanceof FormData ? Object.fromEntries(formData) : undefined);
  if (!parsed.success) redirect("/waitlist/leave/invalid");
  const outcome = await leaveWaitlist(parsed.data.token);
  redirect(outcome === "not_found" ? "/waitlist/leave/invalid" : `/waitlist/leave/${parsed.data.token}`);
}
