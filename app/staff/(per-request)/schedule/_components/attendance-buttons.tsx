"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { sendForm } from "@/app/_components/send-form";
import { markAttendanceAction, type AttendanceRefusal } from "../actions";

const FAILED = "Could not record attendance. Reload the page and try again.";
const MESSAGES: Record<AttendanceRefusal["reason"], string> = {
  not_found: "This appointment is no longer in your schedule. Reload the page.",
  too_early: "Attendance can be recorded from the day of the appointment.",
};

const buttonClass =
  "inline-flex min-h-11 items-center rounded-lg border px-4 font-semibold disabled:opacity-70 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700";

/** Attended / no-show for one booking; after a change the server-rendered schedule reloads. */
export function AttendanceButtons({
  bookingId,
  status,
  patientName,
}: {
  bookingId: string;
  status: "booked" | "completed" | "no_show";
  patientName: string;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const mark = (outcome: "completed" | "no_show" | "late_cancellation") =>
    start(async () => {
      const marked = await sendForm(
        () => markAttendanceAction({ bookingId, outcome }),
        null,
        (problem) => setError(typeof problem === "string" ? FAILED : MESSAGES[problem.reason]),
      );
      if (!marked) return;
      setError(null);
      router.refresh();
    });
  return (
    <div className="flex flex-col gap-2">
      <div role="group" aria-label={`Attendance for ${patientName}`} className="flex flex-wrap gap-2">
        {status !== "completed" ? (
          <button
            type="button"
            disabled={pending}
            onClick={() => mark("completed")}
            className={`${buttonClass} border-brand-700 bg-brand-700 text-white hover:bg-brand-800`}
          >
            {status === "no_show" ? "Change to attended" : "Mark attended"}
          </button>
        ) : null}
        {status !== "no_show" ? (
          <button
            type="button"
            disabled={pending}
            onClick={() => mark("no_show")}
            className={`${buttonClass} border-slate-400 bg-white text-slate-900 hover:border-brand-700`}
          >
            {status === "completed" ? "Change to no-show" : "Mark no-show"}
          </button>
        ) : null}
        {status !== "completed" ? (
          <button
            type="button"
            disabled={pending}
            onClick={() => mark("late_cancellation")}
            className={`${buttonClass} border-slate-400 bg-white text-slate-900 hover:border-brand-700`}
          >
            Cancelled late
          </button>
        ) : null}
      </div>
      <p aria-live="polite" className="text-sm text-slate-700">
        {pending ? "Saving…" : ""}
      </p>
      {error ? (
        <p role="alert" className="text-sm font-semibold text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
