"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { signOut } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { type PasswordChangeInput, passwordChangeSchema } from "@/lib/staff/password-change-schema";

import { TextField } from "@/app/staff/_components/text-field";
import { sendForm } from "@/app/_components/send-form";
import { FormStatus, primaryButton } from "@/app/staff/_components/form-parts";
import { changePasswordAction } from "../actions";

const FIELDS = ["currentPassword", "newPassword", "confirmPassword"] as const;

export function PasswordForm({ email }: { email: string }) {
  const router = useRouter();
  const [failed, setFailed] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<PasswordChangeInput>({
    resolver: zodResolver(passwordChangeSchema),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    setFailed(null);
    if (!(await sendForm(() => changePasswordAction(values), { setError, fields: FIELDS }, setFailed))) return;
    // The server has already ended every session; this clears the cookie too.
    await signOut({ redirect: false }).catch(() => undefined);
    router.replace("/staff/login?changed=1");
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-6 space-y-5">
      {failed ? <FormStatus kind="failed">{failed}</FormStatus> : null}
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        id="current-password"
        label="Current password"
        type="password"
        autoComplete="current-password"
        error={errors.currentPassword?.message}
        {...register("currentPassword")}
      />
      <TextField
        id="new-password"
        label="New password"
        type="password"
        autoComplete="new-password"
        error={errors.newPassword?.message}
        {...register("newPassword")}
      />
      <TextField
        id="confirm-password"
        label="New password again"
        type="password"
        autoComplete="new-password"
        error={errors.confirmPassword?.message}
        {...register("confirmPassword")}
      />
      <button type="submit" disabled={formState.isSubmitting} className={primaryButton}>
        {formState.isSubmitting ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
