"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { type Control, type FieldErrors, type UseFormRegister, useFieldArray, useForm } from "react-hook-form";

import { WEEKDAYS } from "@/lib/staff/clock";
import { type WeeklyHoursInput, weeklyHoursSchema } from "@/lib/staff/hours-schema";

import { sendForm } from "@/app/_components/send-form";
import { useHydrated } from "@/app/_components/use-hydrated";
import { fieldClass, FormStatus, primaryButton, secondaryButton } from "@/app/staff/_components/form-parts";
import { saveWeeklyHoursAction } from "../actions";

interface DayProps {
  index: number;
  control: Control<WeeklyHoursInput>;
  register: UseFormRegister<WeeklyHoursInput>;
  errors: FieldErrors<WeeklyHoursInput>;
}

function TimeInput({
  id,
  label,
  context,
  error,
  ...rest
}: { id: string; label: string; context: string; error?: string; defaultValue: string } & ReturnType<
  UseFormRegister<WeeklyHoursInput>
>) {
  return (
    <div className="w-28">
      <label htmlFor={id} className="block text-sm font-semibold text-slate-900">
        {label}
        <span className="sr-only">, {context}</span>
      </label>
      <input
        id={id}
        inputMode="numeric"
        placeholder="09:00"
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={fieldClass}
        {...rest}
      />
    </div>
  );
}

/** One weekday's ranges; errors are written under the row they belong to. */
function Day({ index, control, register, errors }: DayProps) {
  const { fields, append, remove } = useFieldArray({ control, name: `days.${index}.ranges` });
  const day = WEEKDAYS[index];
  const dayErrors = errors.days?.[index]?.ranges;
  return (
    <fieldset className="border-b border-slate-200 py-4 last:border-0">
      <legend className="float-left w-full font-semibold text-slate-900 sm:float-none sm:w-auto">{day}</legend>
      <div className="clear-both space-y-3 pt-2">
        {fields.length === 0 ? <p className="text-slate-700">Not working</p> : null}
        {fields.map((field, r) => {
          const rangeErrors = dayErrors?.[r];
          const context = `${day}, hours ${r + 1}`;
          const messages = (["start", "end"] as const).flatMap((part) => {
            const message = rangeErrors?.[part]?.message;
            return message ? [{ id: `hours-${index}-${r}-${part}-error`, message }] : [];
          });
          return (
            <div key={field.id}>
              <div className="flex flex-wrap items-end gap-3">
                <TimeInput
                  id={`hours-${index}-${r}-start`}
                  label="From"
                  context={context}
                  error={rangeErrors?.start?.message}
                  defaultValue={field.start}
                  {...register(`days.${index}.ranges.${r}.start`)}
                />
                <TimeInput
                  id={`hours-${index}-${r}-end`}
                  label="To"
                  context={context}
                  error={rangeErrors?.end?.message}
                  defaultValue={field.end}
                  {...register(`days.${index}.ranges.${r}.end`)}
                />
                <button type="button" className={secondaryButton} onClick={() => remove(r)}>
                  Remove<span className="sr-only"> {context}</span>
                </button>
              </div>
              {/* Under the row, not inside the narrow time boxes; each input points at its own message. */}
              {messages.map(({ id, message }) => (
                <p key={id} id={id} className="mt-1 font-semibold text-red-700">
                  {message}
                </p>
              ))}
            </div>
          );
        })}
        <button
          type="button"
          className={`${secondaryButton} text-sm`}
          onClick={() => append({ start: "09:00", end: "17:00" })}
        >
          Add hours<span className="sr-only"> on {day}</span>
        </button>
      </div>
    </fieldset>
  );
}

export function WeeklyHoursForm({ therapistId, days }: { therapistId: string; days: WeeklyHoursInput["days"] }) {
  const router = useRouter();
  const [status, setStatus] = useState<{ kind: "saved" | "failed"; text: string } | null>(null);
  const { control, register, handleSubmit, formState, setError, reset } = useForm<WeeklyHoursInput>({
    resolver: zodResolver(weeklyHoursSchema),
    defaultValues: { therapistId, days },
  });
  const hydrated = useHydrated();

  const onSubmit = handleSubmit(async (values) => {
    setStatus(null);
    const failed = (text: string) => setStatus({ kind: "failed", text });
    if (!(await sendForm(() => saveWeeklyHoursAction(values), { setError, fields: ["days"] }, failed))) return;
    reset(values);
    setStatus({ kind: "saved", text: "Saved. Patients see the new free times now." });
    router.refresh();
  });

  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      data-hydrated={hydrated}
      className="mt-4 rounded-xl border border-slate-200 bg-white px-4 pb-4 sm:px-6"
    >
      <div className="pt-4">{status ? <FormStatus kind={status.kind}>{status.text}</FormStatus> : null}</div>
      <p className="pt-2 text-sm text-slate-700">24-hour clock, like 08:30 or 17:00.</p>
      {WEEKDAYS.map((day, index) => (
        <Day key={day} index={index} control={control} register={register} errors={formState.errors} />
      ))}
      <button type="submit" disabled={formState.isSubmitting} className={`${primaryButton} mt-2`}>
        {formState.isSubmitting ? "Saving…" : "Save weekly hours"}
      </button>
    </form>
  );
}
