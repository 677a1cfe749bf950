"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { moveBookingSchema, type MoveBookingInput } from "@/lib/staff/case-schemas";

import { sendForm } from "@/app/_components/send-form";
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
    const moved = await sendForm(
      () => moveBookingAction(intakeId, values),
      { setError, fields: ["therapistId"] },
      (problem) =>
        setProblem(
          typeof problem !== "string" && problem.reason === "clash"
            ? "That therapist already has a booking at this time. Choose someone else, or reschedule first."
            : "The booking was not moved. Reload the page and try again.",
        ),
    );
    if (moved) router.refresh();
  });

  if (others.length === 0) return null;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3 print:hidden">
      <SelectField id="move-therapist" label="Move this booking to" error={error} {...register("therapistId")}>
        {others.map((t) => (
          <option key={t.id} value={t.id}>
            {t.displayName}
          </option>
        ))}
      </SelectField>
      <SubmitButton pending={formState.isSubmitting} label="Move booking" pendingLabel="Moving…" variant="secondary" />
      {problem ? (
        <p role="alert" className="w-full font-semibold text-red-700">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
