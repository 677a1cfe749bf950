"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { type NewStaffUserInput, newStaffUserSchema } from "@/lib/staff/staff-user-schema";

import { TextField } from "@/app/staff/_components/text-field";
import { sendForm } from "@/app/_components/send-form";
import { FormStatus, primaryButton, SelectField } from "@/app/staff/_components/form-parts";
import { createStaffUserAction } from "../actions";
import { OneTimePassword } from "./one-time-password";

const FIELDS = ["name", "email", "role", "therapistId"] as const;
const EMPTY: NewStaffUserInput = { name: "", email: "", role: "therapist", therapistId: "" };

export function NewStaffForm({ therapists }: { therapists: { id: string; displayName: string }[] }) {
  const router = useRouter();
  const [created, setCreated] = useState<{ name: string; password: string } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<NewStaffUserInput>({
    resolver: zodResolver(newStaffUserSchema),
    defaultValues: EMPTY,
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    setCreated(null);
    setFailed(null);
    const result = await sendForm(() => createStaffUserAction(values), { setError, fields: FIELDS }, setFailed);
    if (!result) return;
    setCreated({ name: values.name, password: result.oneTimePassword });
    reset(EMPTY);
    router.refresh();
  });

  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="mt-4 max-w-xl space-y-5 rounded-xl border border-slate-200 bg-white p-4 sm:p-6"
    >
      <div role="status">{created ? <OneTimePassword name={created.name} password={created.password} /> : null}</div>
      {failed ? <FormStatus kind="failed">{failed}</FormStatus> : null}
      <TextField
        id="staff-name"
        label="Full name"
        autoComplete="off"
        error={errors.name?.message}
        {...register("name")}
      />
      <TextField
        id="staff-email"
        label="Work e-mail address"
        type="email"
        autoComplete="off"
        hint="They sign in with this address."
        error={errors.email?.message}
        {...register("email")}
      />
      <SelectField
        id="staff-role"
        label="Role"
        hint="Administrators can open this admin area; therapists cannot."
        error={errors.role?.message}
        {...register("role")}
      >
        <option value="therapist">Therapist</option>
        <option value="admin">Administrator</option>
      </SelectField>
      <SelectField
        id="staff-therapist"
        label="Therapist profile (optional)"
        hint="Links the account to a public therapist profile that has no account yet, so they see their own patients."
        error={errors.therapistId?.message}
        {...register("therapistId")}
      >
        <option value="">No profile</option>
        {therapists.map((t) => (
          <option key={t.id} value={t.id}>
            {t.displayName}
          </option>
        ))}
      </SelectField>
      <button type="submit" disabled={formState.isSubmitting} className={primaryButton}>
        {formState.isSubmitting ? "Adding…" : "Add staff member"}
      </button>
    </form>
  );
}
