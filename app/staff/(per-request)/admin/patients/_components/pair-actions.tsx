"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { sendForm } from "@/app/_components/send-form";
import { linkPatientsAction, unlinkPatientsAction } from "../actions";

const small =
  "inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-3 text-sm font-semibold text-slate-900 hover:border-brand-700 disabled:opacity-70";

interface Props {
  a: string;
  b: string;
  linked: boolean;
  /** Names the pair for screen readers ("Sam Carter and Sam Carter"). */
  label: string;
}

export function PairActions({ a, b, linked, label }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);

  function run() {
    setMessage(null);
    startTransition(async () => {
      const action = linked ? unlinkPatientsAction : linkPatientsAction;
      const result = await sendForm(() => action({ a, b }), null, setMessage);
      if (!result) return;
      setMessage(
        linked ? "Unlinked: each record shows only its own visits." : "Linked: both records share one history.",
      );
      router.refresh();
    });
  }

  return (
    <div className="flex flex-col gap-2">
      <button type="button" disabled={pending} className={small} onClick={run}>
        {linked ? "Unlink" : "Link as the same patient"}
        <span className="sr-only"> ({label})</span>
      </button>
      <div role="status">{message ? <p className="text-sm font-semibold text-slate-900">{message}</p> : null}</div>
    </div>
  );
}
