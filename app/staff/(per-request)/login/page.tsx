import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { currentStaff } from "@/lib/auth/require-staff";

import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

/** Only same-site staff paths are followed after sign-in (no open redirect). */
function safeNext(next: string | string[] | undefined): string {
  return typeof next === "string" &&
    /^\/staff(\/[\w\-/]*)?(\?[\w\-=&%.:]*)?$/.test(next) &&
    !next.startsWith("/staff/login")
    ? next
    : "/staff";
}

export default async function SignInPage({ searchParams }: PageProps<"/staff/login">) {
  const { next, changed } = await searchParams;
  if (await currentStaff()) redirect(safeNext(next));
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="text-2xl font-bold text-slate-900">Staff sign-in</h1>
      <p className="mt-2 text-slate-700">For the clinic’s therapists and administrators.</p>
      {changed === "1" ? (
        <p
          role="status"
          className="mt-4 rounded-lg border-2 border-brand-700 bg-brand-50 p-3 font-semibold text-slate-900"
        >
          Password changed. Sign in with your new password.
        </p>
      ) : null}
      <SignInForm next={safeNext(next)} />
    </div>
  );
}
