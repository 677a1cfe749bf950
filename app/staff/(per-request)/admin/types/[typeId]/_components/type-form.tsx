"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { type AppointmentTypeInput, appointmentTypeSchema } from "@/lib/staff/appointment-type-schema";

import { TextField } from "@/app/staff/_components/text-field";
import { sendForm } from "@/app/_components/send-form";
import { useHydrated } from "@/app/_components/use-hydrated";
import { CheckboxField, FormStatus, primaryButton, TextAreaField } from "@/app/staff/_components/form-parts";
import { savedField } from "@/app/_components/saved-field";
import { saveAppointmentTypeAction } from "../actions";

type NumberField =
  | "minutes"
  | "bufferBeforeMinutes"
  | "bufferAfterMinutes"
  | "minNoticeMinutes"
  | "horizonDays"
  | "slotStepMinutes"
  | "cancelCutoffMinutes";

const LENGTHS: { name: NumberField; label: string; hint?: string }[] = [
  { name: "minutes", label: "Length (minutes)", hint: "From 5 to 480." },
  { name: "bufferBeforeMinutes", label: "Buffer before (minutes)", hint: "Set-up time kept free before each booking." },
  { name: "bufferAfterMinutes", label: "Buffer after (minutes)", hint: "Clean-up and notes time kept free after." },
];
const RULES: { name: NumberField; label: string; hint: string }[] = [
  {
    name: "minNoticeMinutes",
    label: "Minimum notice (minutes)",
    hint: "The earliest online booking is this long from now. 720 = 12 hours.",
  },
  { name: "horizonDays", label: "Booking horizon (days)", hint: "How far ahead patients can book, 1 to 366." },
  {
    name: "slotStepMinutes",
    label: "Start-time step (minutes)",
    hint: "Offered start times fall on this step, e.g. every 15 minutes.",
  },
  {
    name: "cancelCutoffMinutes",
    label: "Online cancellation cut-off (minutes)",
    hint: "Patients can change or cancel online until this long before. 1440 = 24 hours.",
  },
];
const FIELDS = ["name", "description", "price", "active", ...LENGTHS.map((f) => f.name), ...RULES.map((f) => f.name)];

export function TypeForm({ initial, currency }: { initial: AppointmentTypeInput; currency: string }) {
  const router = useRouter();
  const [status, setStatus] = useState<{ kind: "saved" | "failed"; text: string } | null>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<AppointmentTypeInput>({
    resolver: zodResolver(appointmentTypeSchema),
    defaultValues: initial,
  });
  const errors = formState.errors;
  const field = savedField(register, initial);
  const hydrated = useHydrated();
  const numberField = (f: { name: NumberField; label: string; hint?: string }) => (
    <TextField
      key={f.name}
      id={`type-${f.name}`}
      label={f.label}
      hint={f.hint}
      type="number"
      inputMode="numeric"
      error={errors[f.name]?.message}
      {...field(f.name, { valueAsNumber: true })}
    />
  );

  const onSubmit = handleSubmit(async (values) => {
    setStatus(null);
    const failed = (text: string) => setStatus({ kind: "failed", text });
    if (!(await sendForm(() => saveAppointmentTypeAction(values), { setError, fields: FIELDS }, failed))) return;
    reset(values);
    setStatus({ kind: "saved", text: "Saved. The public site and free times use the new settings now." });
    router.refresh();
  });

  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      data-hydrated={hydrated}
      className="max-w-2xl space-y-8 rounded-xl border border-slate-200 bg-white p-4 sm:p-6"
    >
      {status ? <FormStatus kind={status.kind}>{status.text}</FormStatus> : null}
      <fieldset className="space-y-5">
        <legend className="text-lg font-semibold text-slate-900">What patients see</legend>
        <TextField id="type-name" label="Name" error={errors.name?.message} {...field("name")} />
        <TextAreaField
          id="type-description"
          label="Description"
          error={errors.description?.message}
          readOnly={!hydrated}
          {...field("description")}
        />
        <TextField
          id="type-price"
          label={`Price (${currency})`}
          inputMode="decimal"
          hint="Like 45 or 45.50."
          error={errors.price?.message}
          {...field("price")}
        />
        <CheckboxField
          id="type-active"
          label="Bookable online"
          hint="Untick to hide it from the site and the booking API; existing bookings stay."
          {...field("active")}
        />
      </fieldset>
      <fieldset className="grid gap-5 sm:grid-cols-3">
        <legend className="mb-2 text-lg font-semibold text-slate-900">Length and buffers</legend>
        {LENGTHS.map(numberField)}
      </fieldset>
      <fieldset className="grid gap-5 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold text-slate-900">Booking rules</legend>
        {RULES.map(numberField)}
      </fieldset>
      <button type="submit" disabled={formState.isSubmitting} className={primaryButton}>
        {formState.isSubmitting ? "Saving…" : "Save appointment type"}
      </button>
    </form>
  );
}
