"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { toClock } from "@/lib/staff/clock";
import type { DatedOverrideRow } from "@/lib/staff/data/therapist-hours";

import { FAILED_MESSAGE, sendForm } from "@/app/_components/send-form";
import { secondaryButton } from "@/app/staff/_components/form-parts";
import { removeTimeOffAction } from "../actions";

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

function describe(o: DatedOverrideRow): string {
  const day = dateFormat.format(new Date(`${o.date}T00:00:00Z`));
  const times =
    o.startMinutes === null || o.endMinutes === null
      ? "whole day"
      : `${toClock(o.startMinutes)}–${toClock(o.endMinutes)}`;
  return `${day}, ${times}`;
}

/** Upcoming time off (removable) and extra hours (shown for context). */
export function OverrideList({ therapistId, overrides }: { therapistId: string; overrides: DatedOverrideRow[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);

  function remove(o: DatedOverrideRow) {
    setMessage(null);
    startTransition(async () => {
      const send = () => removeTimeOffAction({ therapistId, overrideId: o.id });
      const removed = await sendForm(send, null, () => setMessage(FAILED_MESSAGE));
      if (removed) setMessage(`Time off on ${describe(o)} removed.`);
      router.refresh();
    });
  }

  return (
    <div className="mt-3">
      <p role="status" className="font-semibold text-slate-900">
        {message}
      </p>
      {overrides.length === 0 ? (
        <p className="text-slate-700">No time off or extra hours booked from today.</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
          {overrides.map((o) => (
            <li key={o.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
              <div>
                <p className="font-semibold text-slate-900">
                  {o.kind === "time_off" ? "Time off" : "Extra hours"}: {describe(o)}
                </p>
                {o.reason ? <p className="text-sm text-slate-700">{o.reason}</p> : null}
              </div>
              {o.kind === "time_off" ? (
                <button type="button" disabled={pending} className={secondaryButton} onClick={() => remove(o)}>
                  Remove<span className="sr-only"> time off on {describe(o)}</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
