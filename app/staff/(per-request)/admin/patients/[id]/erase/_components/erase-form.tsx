"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";

import { eraseSchema, type EraseInput } from "@/lib/patients/erase-schema";

import { sendForm } from "@/app/_components/send-form";
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
      <label htmlFor={`${id}-confirm`} className="block font-semibold text-slate-900">
        Type the patient&apos;s full name to confirm
      </label>
      {error && (
        <p id={`${id}-error`} className="mt-1 font-semibold text-red-700">
          {error}
        </p>
      )}
      <input
        id={`${id}-confirm`}
        type="text"
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="mt-1 block min-h-11 w-full rounded-lg border border-slate-400 px-3 text-base aria-[invalid]:border-red-700"
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
