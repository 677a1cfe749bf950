"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";

import { type PublicLimits, limitsSchema } from "@/lib/limits/settings";

import { TextField } from "@/app/staff/_components/text-field";
import { sendForm } from "@/app/_components/send-form";
import { useHydrated } from "@/app/_components/use-hydrated";
import { FormStatus, primaryButton } from "@/app/staff/_components/form-parts";
import { savedField } from "@/app/_components/saved-field";
import { saveLimitsAction } from "../actions";

const FIELDS: { name: keyof PublicLimits; label: string; hint: string }[] = [
  {
    name: "bookingsPerAddressHour",
    label: "Bookings an hour from one internet address",
    hint: "More are refused for the rest of the hour, with a message to call the clinic.",
  },
  {
    name: "futureBookingsPerEmail",
    label: "Future bookings per e-mail address",
    hint: "Booked online; staff can always book more.",
  },
  {
    name: "changesPerBooking",
    label: "Online changes per booking",
    hint: "Reschedules and cancelling through the patient's link, together. 0 means call the clinic to change.",
  },
  {
    name: "slotQueriesPerMinute",
    label: "Free-time searches a minute from one address",
    hint: "A person looks at a few weeks a minute; a script asks hundreds of times.",
  },
  {
    name: "questionnaireSavesPerHour",
    label: "Questionnaire saves an hour from one address",
    hint: "Saved at every step; a person saves a few dozen times.",
  },
];

export function LimitsForm({ initial }: { initial: PublicLimits }) {
  const [status, setStatus] = useState<{ kind: "saved" | "failed"; text: string } | null>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<
    z.input<typeof limitsSchema>,
    unknown,
    PublicLimits
  >({ resolver: zodResolver(limitsSchema), defaultValues: initial });
  const saved = savedField(register, initial);
  const hydrated = useHydrated();

  const onSubmit = handleSubmit(async (values) => {
    setStatus(null);
    const failed = (text: string) => setStatus({ kind: "failed", text });
    const fields = FIELDS.map((f) => f.name);
    if (!(await sendForm(() => saveLimitsAction(values), { setError, fields }, failed))) return;
    reset(values);
    setStatus({ kind: "saved", text: "Saved. Every instance of Stride applies the new limits within a few seconds." });
  });

  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      data-hydrated={hydrated}
      aria-labelledby="limits-heading"
      className="mt-8 max-w-xl space-y-5 rounded-xl border border-slate-200 bg-white p-4 sm:p-6"
    >
      <h2 id="limits-heading" className="text-xl font-bold text-slate-900">
        Limits on public use
      </h2>
      {status ? <FormStatus kind={status.kind}>{status.text}</FormStatus> : null}
      {FIELDS.map((field) => (
        <TextField
          key={field.name}
          id={`limits-${field.name}`}
          label={field.label}
          hint={field.hint}
          inputMode="numeric"
          error={formState.errors[field.name]?.message}
          {...saved(field.name)}
        />
      ))}
      <button type="submit" disabled={formState.isSubmitting} className={primaryButton}>
        {formState.isSubmitting ? "Saving…" : "Save limits"}
      </button>
    </form>
  );
}
