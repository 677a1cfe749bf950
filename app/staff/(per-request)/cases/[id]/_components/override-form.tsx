"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { overrideSchema, type OverrideInput } from "@/lib/staff/case-schemas";
import { LEVELS, type Disposition } from "@/lib/triage/rule-types";

import { DISPOSITION_LABELS } from "@/app/staff/_components/disposition-badge";
import { savedField } from "@/app/_components/saved-field";
import { sendForm } from "@/app/_components/send-form";
import { overrideAction } from "../actions";
import { SelectField, TextAreaField } from "@/app/staff/_components/form-parts";
import { SubmitButton } from "@/app/staff/_components/submit-button";

export function OverrideForm({ intakeId, current }: { intakeId: string; current: Disposition }) {
  const router = useRouter();
  const [failed, setFailed] = useState(false);
  const { register, handleSubmit, formState, setError, reset } = useForm<OverrideInput>({
    resolver: zodResolver(overrideSchema),
    defaultValues: { disposition: current, reason: "" },
  });
  const errors = formState.errors;
  const field = savedField(register, { disposition: current });

  const onSubmit = handleSubmit(async (values) => {
    setFailed(false);
    const fields = { setError, fields: ["disposition", "reason"] };
    if (
      !(await sendForm(
        () => overrideAction(intakeId, values),
        fields,
        () => setFailed(true),
      ))
    )
      return;
    reset({ disposition: values.disposition, reason: "" });
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3 print:hidden">
      <SelectField
        id="override-disposition"
        label="Your disposition"
        className="max-w-xs"
        error={errors.disposition?.message}
        {...field("disposition")}
      >
        {LEVELS.map((level) => (
          <option key={level} value={level}>
            {DISPOSITION_LABELS[level]}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id="override-reason"
        label="Clinical reason (required)"
        error={errors.reason?.message}
        {...register("reason")}
      />
      {failed ? (
        <p role="alert" className="font-semibold text-red-700">
          The override was not saved. Your reason is still here: try again.
        </p>
      ) : null}
      <SubmitButton
        pending={formState.isSubmitting}
        label="Override disposition"
        pendingLabel="Saving…"
        variant="secondary"
      />
    </form>
  );
}
