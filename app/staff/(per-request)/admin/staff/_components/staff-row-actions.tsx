"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import type { ActionResult } from "@/lib/forms/action-result";

import { sendForm } from "@/app/_components/send-form";
import { deactivateAction, reactivateAction, resetPasswordAction, signOutEverywhereAction } from "../actions";
import { OneTimePassword } from "./one-time-password";

const small =
  "inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-3 text-sm font-semibold text-slate-900 hover:border-brand-700 disabled:opacity-70";

interface Props {
  userId: string;
  name: string;
  active: boolean;
  /** An admin cannot deactivate themselves (the clinic would be left without them, or without any admin). */
  self: boolean;
}

export function StaffRowActions({ userId, name, active, self }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const [password, setPassword] = useState<string | null>(null);

  function run(action: (input: unknown) => Promise<ActionResult<{ oneTimePassword?: string }>>, done: string) {
    setMessage(null);
    setPassword(null);
    startTransition(async () => {
      const result = await sendForm(() => action({ userId }), null, setMessage);
      if (!result) return;
      if (result.oneTimePassword) setPassword(result.oneTimePassword);
      setMessage(done);
      router.refresh();
    });
  }

  const who = <span className="sr-only"> for {name}</span>;
  return (
    <div className="flex max-w-xs flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        {active ? (
          <>
            <button
              type="button"
              disabled={pending}
              className={small}
              onClick={() =>
                run(resetPasswordAction, `${name} has a new one-time password and was signed out everywhere.`)
              }
            >
              Reset password{who}
            </button>
            <button
              type="button"
              disabled={pending}
              className={small}
              onClick={() => run(signOutEverywhereAction, `${name} was signed out on every device.`)}
            >
              Sign out everywhere{who}
            </button>
            {self ? null : (
              <button
                type="button"
                disabled={pending}
                className={small}
                onClick={() => run(deactivateAction, `${name}'s account is deactivated; they can no longer sign in.`)}
              >
                Deactivate{who}
              </button>
            )}
          </>
        ) : (
          <button
            type="button"
            disabled={pending}
            className={small}
            onClick={() => run(reactivateAction, `${name}'s account is active again.`)}
          >
            Reactivate{who}
          </button>
        )}
      </div>
      <div role="status">
        {message ? <p className="text-sm font-semibold text-slate-900">{message}</p> : null}
        {password ? <OneTimePassword name={name} password={password} /> : null}
      </div>
    </div>
  );
}
