"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { type ClinicSettingsInput, clinicSettingsSchema } from "@/lib/clinic/settings-schema";

import { TextField } from "@/app/staff/_components/text-field";
import { sendForm } from "@/app/_components/send-form";
import { useHydrated } from "@/app/_components/use-hydrated";
import { FormStatus, primaryButton } from "@/app/staff/_components/form-parts";
import { savedField } from "@/app/_components/saved-field";
import { saveClinicAction } from "../actions";

const FIELDS = ["name", "phone", "email", "address", "timeZone"] as const;

export function ClinicForm({ initial }: { initial: ClinicSettingsInput }) {
  const [status, setStatus] = useState<{ kind: "saved" | "failed"; text: string } | null>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<ClinicSettingsInput>({
    resolver: zodResolver(clinicSettingsSchema),
    defaultValues: initial,
  });
  const errors = formState.errors;
  const field = savedField(register, initial);
  const hydrated = useHydrated();

  const onSubmit = handleSubmit(async (values) => {
    setStatus(null);
    const failed = (text: string) => setStatus({ kind: "failed", text });
    if (!(await sendForm(() => saveClinicAction(values), { setError, fields: FIELDS }, failed))) return;
    reset(values);
    setStatus({ kind: "saved", text: "Saved. Every public page shows the new details now." });
  });

  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      data-hydrated={hydrated}
      className="max-w-xl space-y-5 rounded-xl border border-slate-200 bg-white p-4 sm:p-6"
    >
      {status ? <FormStatus kind={status.kind}>{status.text}</FormStatus> : null}
      <TextField
        id="clinic-name"
        label="Clinic name"
        autoComplete="organization"
        error={errors.name?.message}
        {...field("name")}
      />
      <TextField
        id="clinic-phone"
        label="Phone number"
        type="tel"
        hint='Patients see "Need help? Call the clinic on …" with this number.'
        error={errors.phone?.message}
        {...field("phone")}
      />
      <TextField
        id="clinic-email"
        label="E-mail address"
        type="email"
        error={errors.email?.message}
        {...field("email")}
      />
      <TextField id="clinic-address" label="Address" error={errors.address?.message} {...field("address")} />
      <TextField
        id="clinic-time-zone"
        label="Time zone"
        hint="IANA name, like Europe/London. Working hours and appointment times are read in this zone."
        error={errors.timeZone?.message}
        {...field("timeZone")}
      />
      <button type="submit" disabled={formState.isSubmitting} className={primaryButton}>
        {formState.isSubmitting ? "Saving…" : "Save clinic details"}
      </button>
    </form>
  );
}
