"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { sendForm } from "@/app/_components/send-form";
import { markReviewedAction } from "../actions";

export function ReviewButton({ intakeId }: { intakeId: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [failed, setFailed] = useState(false);
  return (
    <div className="print:hidden">
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const reviewed = await sendForm(
              () => markReviewedAction(intakeId),
              null,
              () => setFailed(true),
            );
            if (!reviewed) return;
            setFailed(false);
            router.refresh();
          })
        }
        className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {pending ? "Marking…" : "Mark reviewed"}
      </button>
      {failed ? (
        <p role="alert" className="mt-2 font-semibold text-red-700">
          Could not mark this case reviewed. Reload the page and try again.
        </p>
      ) : null}
    </div>
  );
}
