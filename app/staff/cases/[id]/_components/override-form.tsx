"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { overrideSchema, type OverrideInput } from "@/lib/staff/case-schemas";
import { LEVELS, type Disposition } from "@/lib/triage/rule-types";

import { DISPOSITION_LABELS } from "../../../_components/disposition-badge";
import { overrideAction } from "../actions";
import { SubmitButton } from "../../../_components/submit-button";

export function OverrideForm({ intakeId, current }: { intakeId: string; current: Disposition }) {
  const router = useRouter();
  const [failed, setFailed] = useState(false);
  const { register, handleSubmit, formState, setError, reset } = useForm<OverrideInput>({
    resolver: zodResolver(overrideSchema),
    defaultValues: { disposition: current, reason: "" },
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    setFailed(false);
    const result = await overrideAction(intakeId, values).catch(() => null);
    if (result?.ok) {
      reset({ disposition: values.disposition, reason: "" });
      router.refresh();
    } else if (result && "fieldErrors" in result) {
      for (const [field, message] of Object.entries(result.fieldErrors)) {
        if (field === "disposition" || field === "reason") setError(field, { message }, { shouldFocus: true });
      }
    } else {
      setFailed(true);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 print:hidden">
      <div>
        <label htmlFor="override-disposition" className="block font-semibold text-slate-900">
          Your disposition
        </label>
        {errors.disposition ? <p id="override-disposition-error" className="font-semibold text-red-700">{errors.disposition.message}</p> : null}
        <select
          id="override-disposition"
          aria-invalid={errors.disposition ? true : undefined}
          aria-describedby={errors.disposition ? "override-disposition-error" : undefined}
          className="mt-1 block min-h-11 w-full max-w-xs rounded-lg border border-slate-400 bg-white px-2 text-base"
          {...register("disposition")}
        >
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {DISPOSITION_LABELS[level]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="override-reason" className="block font-semibold text-slate-900">
          Clinical reason (required)
        </label>
        {errors.reason ? <p id="override-reason-error" className="font-semibold text-red-700">{errors.reason.message}</p> : null}
        <textarea
          id="override-reason"
          rows={3}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={errors.reason ? "override-reason-error" : undefined}
          className="mt-1 block w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-base"
          {...register("reason")}
        />
      </div>
      {failed ? <p role="alert" className="font-semibold text-red-700">The override was not saved. Your reason is still here: try again.</p> : null}
      <SubmitButton pending={formState.isSubmitting} label="Override disposition" pendingLabel="Saving…" variant="secondary" />
    </form>
  );
}
