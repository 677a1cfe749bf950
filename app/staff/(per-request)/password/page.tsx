import type { Metadata } from "next";

import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-field";
import { requireStaff } from "@/lib/auth/require-staff";

import { PasswordForm } from "./_components/password-form";

export const metadata: Metadata = { title: "Change your password" };

export default async function ChangePasswordPage() {
  const actor = await requireStaff({ allowPendingPasswordChange: true });
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="text-2xl font-bold text-slate-900">Change your password</h1>
      {actor.mustChangePassword ? (
        <div className="mt-4 rounded-lg border-2 border-brand-700 bg-brand-50 p-4 text-slate-900">
          <p className="font-semibold">Choose your own password before you go on.</p>
          <p className="mt-1">
            You signed in with a one-time password from an administrator. Someone else has seen it, so it only lets you
            reach this page.
          </p>
        </div>
      ) : null}
      <p className="mt-4 text-slate-700">
        Use at least {MIN_PASSWORD_LENGTH} characters; a few unrelated words work well. Very common passwords are
        refused. Afterwards you are signed out everywhere, this device included, and sign in again with the new
        password.
      </p>
      <PasswordForm email={actor.email} />
    </div>
  );
}
