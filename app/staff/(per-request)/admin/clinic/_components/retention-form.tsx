"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";

import { type RetentionInput, retentionSchema } from "@/lib/patients/retention-schema";

import { TextField } from "@/app/staff/_components/text-field";
import { sendForm } from "@/app/_components/send-form";
import { useHydrated } from "@/app/_components/use-hydrated";
import { FormStatus, primaryButton } from "@/app/staff/_components/form-parts";
import { savedField } from "@/app/_components/saved-field";
import { saveRetentionAction } from "../actions";

type Input = z.input<typeof retentionSchema>;

/** How long records are kept after a patient's last appointment. */
export function RetentionForm({ years }: { years: number }) {
  const [status, setStatus] = useState<{ kind: "saved" | "failed"; text: string } | null>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<Input, unknown, RetentionInput>({
    resolver: zodResolver(retentionSchema),
    defaultValues: { years: String(years) },
  });
  const field = savedField(register, { years });
  const hydrated = useHydrated();
  const onSubmit = handleSubmit(async (values) => {
    setStatus(null);
    const failed = (text: string) => setStatus({ kind: "failed", text });
    if (!(await sendForm(() => saveRetentionAction(values), { setError, fields: ["years"] }, failed))) return;
    reset({ years: String(values.years) });
    setStatus({ kind: "saved", text: `Saved. Records are kept for ${values.years} years after the last appointment.` });
  });
  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      data-hydrated={hydrated}
      aria-labelledby="retention-heading"
      className="mt-8 max-w-xl space-y-5 rounded-xl border border-slate-200 bg-white p-4 sm:p-6"
    >
      <h2 id="retention-heading" className="text-xl font-bold text-slate-900">
        Keeping records
      </h2>
      <p className="text-slate-700">
        Twice a day, the records of patients with no appointment for this long are anonymised as an erasure would: their
        details and free text go; appointment times, dispositions and the audit trail stay. 8 years is the usual period
        for adult physiotherapy records in the UK.
      </p>
      {status ? <FormStatus kind={status.kind}>{status.text}</FormStatus> : null}
      <TextField
        id="retention-years"
        label="Years after the last appointment"
        inputMode="numeric"
        error={formState.errors.years?.message}
        {...field("years")}
      />
      <button type="submit" disabled={formState.isSubmitting} className={primaryButton}>
        {formState.isSubmitting ? "Saving…" : "Save retention period"}
      </button>
    </form>
  );
}
