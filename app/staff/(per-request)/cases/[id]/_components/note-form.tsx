"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { noteSchema, type NoteInput } from "@/lib/staff/case-schemas";

import { sendForm } from "@/app/_components/send-form";
import { addNoteAction } from "../actions";
import { TextAreaField } from "@/app/staff/_components/form-parts";
import { SubmitButton } from "@/app/staff/_components/submit-button";

export function NoteForm({ intakeId }: { intakeId: string }) {
  const router = useRouter();
  const [failed, setFailed] = useState(false);
  const { register, handleSubmit, formState, setError, reset } = useForm<NoteInput>({
    resolver: zodResolver(noteSchema),
    defaultValues: { body: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFailed(false);
    // On any other problem the text stays in the box.
    if (
      !(await sendForm(
        () => addNoteAction(intakeId, values),
        { setError, fields: ["body"] },
        () => setFailed(true),
      ))
    )
      return;
    reset({ body: "" });
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-4 print:hidden">
      <TextAreaField
        id="note-body"
        label="Add a clinical note"
        hint="Notes are kept with your name and the time, and cannot be edited afterwards."
        error={formState.errors.body?.message}
        rows={4}
        {...register("body")}
      />
      {failed ? (
        <p role="alert" className="mt-2 font-semibold text-red-700">
          The note was not saved. Your text is still here: try again.
        </p>
      ) : null}
      <div className="mt-3">
        <SubmitButton pending={formState.isSubmitting} label="Add note" pendingLabel="Adding…" />
      </div>
    </form>
  );
}
