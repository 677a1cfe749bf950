"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";

import { type MessageOffsets, messageOffsetsSchema } from "@/lib/messages/settings";

import { TextField } from "@/app/staff/_components/text-field";
import { sendForm } from "@/app/_components/send-form";
import { useHydrated } from "@/app/_components/use-hydrated";
import { FormStatus, primaryButton } from "@/app/staff/_components/form-parts";
import { savedField } from "@/app/_components/saved-field";
import { saveMessagesAction } from "../actions";

type Input = z.input<typeof messageOffsetsSchema>;

/** When reminders and questionnaire reminders go out, as hours before the appointment. */
export function MessagesForm({ initial }: { initial: Input }) {
  const [status, setStatus] = useState<{ kind: "saved" | "failed"; text: string } | null>(null);
  const { register, handleSubmit, formState, setError, reset, getValues } = useForm<Input, unknown, MessageOffsets>({
    resolver: zodResolver(messageOffsetsSchema),
    defaultValues: initial,
  });
  const field = savedField(register, initial);
  const hydrated = useHydrated();

  const onSubmit = handleSubmit(async (values) => {
    setStatus(null);
    const failed = (text: string) => setStatus({ kind: "failed", text });
    const typed = getValues();
    if (!(await sendForm(() => saveMessagesAction(typed), { setError, fields: ["reminders", "chases"] }, failed))) {
      return;
    }
    reset(typed);
    const none = values.reminders.length + values.chases.length === 0;
    setStatus({
      kind: "saved",
      text: none ? "Saved. No reminders will be sent." : "Saved. New times apply from the next minute.",
    });
  });

  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      data-hydrated={hydrated}
      aria-labelledby="messages-heading"
      className="mt-8 max-w-xl space-y-5 rounded-xl border border-slate-200 bg-white p-4 sm:p-6"
    >
      <h2 id="messages-heading" className="text-xl font-bold text-slate-900">
        Reminders
      </h2>
      <p className="text-slate-700">
        Hours before the appointment, separated by commas. Leave a box empty to send none. A time that has already
        passed when someone books is skipped.
      </p>
      {status ? <FormStatus kind={status.kind}>{status.text}</FormStatus> : null}
      <TextField
        id="messages-reminders"
        label="Appointment reminders (hours before)"
        hint="Each has the time, the link to change or cancel, and a calendar file. For example 48, 2"
        inputMode="decimal"
        error={formState.errors.reminders?.message}
        {...field("reminders")}
      />
      <TextField
        id="messages-chases"
        label="Questionnaire reminders (hours before)"
        hint="Sent only while the questionnaire is not in; one due within the same hour as an appointment reminder goes out with it. For example 72, 24"
        inputMode="decimal"
        error={formState.errors.chases?.message}
        {...field("chases")}
      />
      <button type="submit" disabled={formState.isSubmitting} className={primaryButton}>
        {formState.isSubmitting ? "Saving…" : "Save reminder times"}
      </button>
    </form>
  );
}
