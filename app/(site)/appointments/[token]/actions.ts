"use server";

import { redirect } from "next/navigation";
import { z } from "zod";

import { cancelByToken, rescheduleByToken } from "@/lib/booking/manage";
import { rescheduleSchema } from "@/lib/booking/schemas";
import { withdrawConsentByToken } from "@/lib/intake/consent";

const tokenSchema = z.object({ token: z.string().min(1).max(100) });

// Plain <form> actions, so changing and cancelling work without JavaScript too.
// They are the one exception to lib/forms/action-result.ts's ActionResult: with
// no script to read a result, the answer is the page they redirect to. The same
// parts are there: the shared schema parses, the domain decides, and a refusal
// becomes a reason code in the address (?problem=taken|closed|limit) that the page
// words, as a form words an ActionResult's formError; a malformed token or time
// (no field a patient fills in) opens the "link not valid" page, as does a call with
// anything but the form's data (an action can be called by id with any arguments).
const fieldsOf = (formData: unknown) => (formData instanceof FormData ? Object.fromEntries(formData) : undefined);

export async function rescheduleAction(formData: FormData): Promise<void> {
  const parsed = tokenSchema.extend(rescheduleSchema.shape).safeParse(fieldsOf(formData));
  if (!parsed.success) redirect("/appointments/invalid");
  const outcome = await rescheduleByToken(parsed.data.token, parsed.data.start);
  const base = `/appointments/${parsed.data.token}`;
  if (outcome.ok) redirect(`${base}?moved=1`);
  if (outcome.error === "not_found") redirect("/appointments/invalid");
  if (outcome.error === "too_many_changes") redirect(`${base}?problem=limit`);
  redirect(`${base}?reschedule=1&problem=${outcome.error === "slot_unavailable" ? "taken" : "closed"}`);
}

export async function cancelAction(formData: FormData): Promise<void> {
  const parsed = tokenSchema.safeParse(fieldsOf(formData));
  if (!parsed.success) redirect("/appointments/invalid");
  const outcome = await cancelByToken(parsed.data.token);
  if (!outcome.ok && outcome.error === "not_found") redirect("/appointments/invalid");
  const problem = !outcome.ok && outcome.error === "too_many_changes" ? "limit" : "closed";
  redirect(`/appointments/${parsed.data.token}?${outcome.ok ? "cancelled=1" : `problem=${problem}`}`);
}

export async function withdrawConsentAction(formData: FormData): Promise<void> {
  const parsed = tokenSchema.safeParse(fieldsOf(formData));
  if (!parsed.success) redirect("/appointments/invalid");
  const outcome = await withdrawConsentByToken(parsed.data.token);
  if (outcome === "not_found") redirect("/appointments/invalid");
  redirect(`/appointments/${parsed.data.token}${outcome === "withdrawn" ? "?withdrawn=1" : ""}`);
}
