"use server";

import { redirect } from "next/navigation";

import { linkTokenSchema } from "@/lib/patients/link-schema";
import { confirmPatientLink } from "@/lib/patients/data/confirm-link";

// A plain <form> action, so it works without JavaScript; like the manage page's
// actions, its answer is the page it redirects to (see appointments/[token]/actions.ts).
// Called by id with anything but the form's data, it opens the "link not valid" page.
export async function confirmPatientAction(formData: FormData): Promise<void> {
  const fields = formData instanceof FormData ? Object.fromEntries(formData) : undefined;
  const parsed = linkTokenSchema.safeParse(fields);
  const linked = parsed.success && (await confirmPatientLink(parsed.data.token));
  redirect(linked ? "/confirm-patient/done" : "/confirm-patient/invalid");
}
