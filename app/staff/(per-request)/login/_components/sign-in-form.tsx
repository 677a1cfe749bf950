"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { signInSchema, type SignInInput } from "@/lib/auth/sign-in-schema";

import { TextField } from "@/app/staff/_components/text-field";
import { SubmitButton } from "@/app/staff/_components/submit-button";

export function SignInForm({ next }: { next: string }) {
  const [refused, setRefused] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "" },
  });

  const onSubmit = handleSubmit(async ({ email, password }) => {
    setRefused(null);
    const result = await signIn("credentials", { email, password, redirect: false }).catch(() => null);
    if (result?.ok && !result.error) {
      // A full load, so the staff header and every cached segment start from the new session.
      window.location.assign(next);
    } else {
      setRefused(
        result?.error && result.error !== "CredentialsSignin"
          ? result.error
          : "Signing in is not available right now. Please try again in a minute.",
      );
    }
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-6 space-y-5">
      {refused ? (
        <p role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-3 font-semibold text-slate-900">
          {refused}
        </p>
      ) : null}
      <TextField
        id="email"
        label="E-mail address"
        type="email"
        autoComplete="username"
        error={formState.errors.email?.message}
        {...register("email")}
      />
      <TextField
        id="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        error={formState.errors.password?.message}
        {...register("password")}
      />
      <SubmitButton pending={formState.isSubmitting} label="Sign in" pendingLabel="Signing in…" />
    </form>
  );
}
