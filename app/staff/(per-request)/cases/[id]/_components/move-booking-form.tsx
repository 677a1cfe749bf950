"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { moveBookingSchema, type MoveBookingInput } from "@/lib/staff/case-schemas";

import { moveBookingAction } from "../actions";
import { SelectField } from "@/app/staff/_components/form-parts";
import { SubmitButton } from "@/app/staff/_components/submit-button";

interface Props {
  intakeId: string;
  currentTherapistId: string;
  therapists: { id: string; displayName: string }[];
}

export function MoveBookingForm({ intakeId, currentTherapistId, therapists }: Props) {
  const router = useRouter();
  const [problem, setProblem] = useState<string | null>(null);
  const others = therapists.filter((t) => t.id !== currentTherapistId);
  const { register, handleSubmit, formState, setError } = useForm<MoveBookingInput>({
    resolver: zodResolver(moveBookingSchema),
    defaultValues: { therapistId: others[0]?.id ?? "" },
  });
  const error = formState.errors.therapistId?.message;

  const onSubmit = handleSubmit(async (values) => {
    setProblem(null);
    const result = await moveBookingAction(intakeId, values).catch(() => null);
    if (result?.ok) router.refresh();
    else if (result && "fieldErrors" in result) setError("therapistId", { message: result.fieldErrors.therapistId ?? "Choose a therapist" }, { shouldFocus: true });
    else if (result?.error === "clash") setProblem("That therapist already has a booking at this time. Choose someone else, or reschedule first.");
    else setProblem("The booking was not moved. Reload the page and try again.");
  });

  if (others.length === 0) return null;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3 print:hidden">
      <SelectField id="move-therapist" label="Move this booking to" error={error} {...register("therapistId")}>
        {others.map((t) => (
          <option key={t.id} value={t.id}>
            {t.displayName}
          </option>
        ))}
      </SelectField>
      <SubmitButton pending={formState.isSubmitting} label="Move booking" pendingLabel="Moving…" variant="secondary" />
      {problem ? <p role="alert" className="w-full font-semibold text-red-700">{problem}</p> : null}
    </form>
  );
}
