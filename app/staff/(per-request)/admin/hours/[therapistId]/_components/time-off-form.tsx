"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";

import { type TimeOffInput, timeOffSchema } from "@/lib/staff/hours-schema";

import { TextField } from "@/app/staff/_components/text-field";
import { sendForm } from "@/app/_components/send-form";
import { CheckboxField, FormStatus, primaryButton } from "@/app/staff/_components/form-parts";
import { savedField } from "@/app/_components/saved-field";
import { addTimeOffAction } from "../actions";

const FIELDS = ["date", "allDay", "start", "end", "reason"] as const;

export function TimeOffForm({ therapistId, today }: { therapistId: string; today: string }) {
  const router = useRouter();
  const [status, setStatus] = useState<{ kind: "saved" | "failed"; text: string } | null>(null);
  const empty: TimeOffInput = { therapistId, date: "", allDay: true, start: "", end: "", reason: "" };
  const { control, register, handleSubmit, formState, setError, reset } = useForm<TimeOffInput>({
    resolver: zodResolver(timeOffSchema),
    defaultValues: empty,
  });
  const errors = formState.errors;
  const field = savedField(register, empty);
  const allDay = useWatch({ control, name: "allDay" });

  const onSubmit = handleSubmit(async (values) => {
    setStatus(null);
    const failed = (text: string) => setStatus({ kind: "failed", text });
    if (!(await sendForm(() => addTimeOffAction(values), { setError, fields: FIELDS }, failed))) return;
    // No values: react-hook-form then resets the form element too, so the whole-day box is ticked again in the
    // page as in the form's state (it reads a box that starts ticked back from the page).
    reset();
    setStatus({ kind: "saved", text: `Time off on ${values.date} added. Those times are no longer bookable.` });
    router.refresh();
  });

  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="mt-3 max-w-xl space-y-5 rounded-xl border border-slate-200 bg-white p-4 sm:p-6"
    >
      {status ? <FormStatus kind={status.kind}>{status.text}</FormStatus> : null}
      <TextField id="off-date" label="Date" type="date" min={today} error={errors.date?.message} {...field("date")} />
      <CheckboxField
        id="off-all-day"
        label="The whole day"
        hint="Untick to give a start and end time."
        {...field("allDay")}
      />
      {allDay ? null : (
        <div className="flex flex-wrap gap-4">
          <TextField
            id="off-start"
            label="From"
            inputMode="numeric"
            placeholder="09:00"
            hint="24-hour clock"
            className="w-36"
            error={errors.start?.message}
            {...field("start")}
          />
          <TextField
            id="off-end"
            label="To"
            inputMode="numeric"
            placeholder="13:00"
            hint="24-hour clock"
            className="w-36"
            error={errors.end?.message}
            {...field("end")}
          />
        </div>
      )}
      <TextField
        id="off-reason"
        label="Note (optional)"
        hint="Seen by staff only, e.g. course or leave. No patient details."
        error={errors.reason?.message}
        {...field("reason")}
      />
      <button type="submit" disabled={formState.isSubmitting} className={primaryButton}>
        {formState.isSubmitting ? "Adding…" : "Add time off"}
      </button>
    </form>
  );
}
