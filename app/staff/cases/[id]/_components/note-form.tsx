"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { noteSchema, type NoteInput } from "@/lib/staff/case-schemas";

import { addNoteAction } from "../actions";
import { SubmitButton } from "../../../_components/submit-button";

export function NoteForm({ intakeId }: { intakeId: string }) {
  const router = useRouter();
  const [failed, setFailed] = useState(false);
  const { register, handleSubmit, formState, setError, reset } = useForm<NoteInput>({ resolver: zodResolver(noteSchema), defaultValues: { body: "" } });
  const error = formState.errors.body?.message;

  const onSubmit = handleSubmit(async (values) => {
    setFailed(false);
    const result = await addNoteAction(intakeId, values).catch(() => null);
    if (result?.ok) {
      reset({ body: "" });
      router.refresh();
    } else if (result && "fieldErrors" in result) {
      setError("body", { message: result.fieldErrors.body ?? "Check the note" }, { shouldFocus: true });
    } else {
      setFailed(true); // the text stays in the box
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 print:hidden">
      <label htmlFor="note-body" className="block font-semibold text-slate-900">
        Add a clinical note
      </label>
      <p id="note-body-hint" className="text-sm text-slate-700">
        Notes are kept with your name and the time, and cannot be edited afterwards.
      </p>
      {error ? (
        <p id="note-body-error" className="mt-1 font-semibold text-red-700">
          {error}
        </p>
      ) : null}
      <textarea
        id="note-body"
        rows={4}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "note-body-hint note-body-error" : "note-body-hint"}
        className="mt-1 block w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-base"
        {...register("body")}
      />
      {failed ? (
        <p role="alert" className="mt-2 font-semibold text-red-700">
          The note was not saved. Your text is still here: try again.
        </p>
      ) : null}
      <SubmitButton pending={formState.isSubmitting} label="Add note" pendingLabel="Adding…" />
    </form>
  );
}
