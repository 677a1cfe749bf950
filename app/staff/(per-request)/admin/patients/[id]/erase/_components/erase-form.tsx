"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";

import { eraseSchema, type EraseInput } from "@/lib/patients/erase-schema";

import { sendForm } from "@/app/_components/send-form";
import { TextField } from "@/app/staff/_components/text-field";
import { eraseAction } from "../actions";

/** Type the patient's full name, then erase: the one irreversible button in Stride. */
export function EraseForm({ patientId }: { patientId: string }) {
  const id = useId();
  const router = useRouter();
  const [problem, setProblem] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<EraseInput>({
    resolver: zodResolver(eraseSchema),
    defaultValues: { confirm: "" },
  });
  const error = formState.errors.confirm?.message;
  const onSubmit = handleSubmit(async (input) => {
    setProblem(null);
    const done = await sendForm(
      () => eraseAction(patientId, input),
      { setError, fields: ["confirm"] },
      (p) =>
        setProblem(
          typeof p === "string"
            ? p
            : p.reason === "already_erased"
              ? "This patient has already been erased."
              : "This patient no longer exists.",
        ),
    );
    if (done) router.refresh();
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-6 max-w-xl rounded-xl border-2 border-red-700 p-5">
      {problem && (
        <p role="alert" className="mb-3 font-semibold text-red-800">
          {problem}
        </p>
      )}
      <TextField
        id={`${id}-confirm`}
        label="Type the patient's full name to confirm"
        autoComplete="off"
        error={error}
        {...register("confirm")}
      />
      <button
        type="submit"
        disabled={formState.isSubmitting}
        className="mt-4 inline-flex min-h-11 items-center rounded-lg bg-red-700 px-5 font-semibold text-white hover:bg-red-800 disabled:opacity-70"
      >
        {formState.isSubmitting ? "Erasing…" : "Erase this patient for good"}
      </button>
    </form>
  );
}
