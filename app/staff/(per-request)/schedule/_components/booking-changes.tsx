"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";

import { dateInWords, isCalendarDate } from "@/lib/calendar/dates";
import { moveTimeSchema, type MoveTimeInput } from "@/lib/staff/schedule-schemas";

import { sendForm } from "@/app/_components/send-form";
import { cancelForPatientAction, moveTimeAction, type BookingChangeRefusal } from "../actions";

const WEEKDAY = new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: "UTC" });
/** "Monday 14 December 2026" for a YYYY-MM-DD date; nothing for anything else. */
function inWords(date: string): string {
  if (!isCalendarDate(date)) return "";
  return `${WEEKDAY.format(new Date(`${date}T12:00:00Z`))} ${dateInWords(date)}`;
}

const MESSAGES: Record<BookingChangeRefusal["reason"], string> = {
  not_found: "This appointment can no longer be changed here (it has passed, was cancelled or moved). Reload the page.",
  not_free: "That time is not free in the diary (outside working hours, time off, or another appointment).",
};
const FAILED = "The change was not saved. Check your connection and try again.";
const button =
  "inline-flex min-h-11 items-center rounded-lg border px-4 font-semibold disabled:opacity-70 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700";
const input = "mt-1 block min-h-11 w-full rounded-lg border border-slate-400 px-3 aria-[invalid]:border-red-700";

/**
 * Move to another time, or cancel, a booking still to come. Either e-mails the
 * patient (the new time and calendar file, or the cancellation); the server-rendered
 * schedule then reloads.
 */
export function BookingChanges({
  bookingId,
  patientName,
  date,
}: {
  bookingId: string;
  patientName: string;
  date: string;
}) {
  const id = useId();
  const router = useRouter();
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [pending, start] = useTransition();
  const { register, handleSubmit, formState, setError, control } = useForm<MoveTimeInput>({
    resolver: zodResolver(moveTimeSchema),
    defaultValues: { bookingId, date, time: "" },
  });
  const onProblem = (p: string | BookingChangeRefusal) =>
    setProblem(typeof p === "string" ? FAILED : MESSAGES[p.reason]);
  const move = handleSubmit(async (values) => {
    setProblem(null);
    const moved = await sendForm(() => moveTimeAction(values), { setError, fields: ["date", "time"] }, onProblem);
    if (moved) router.refresh();
  });
  const cancel = () =>
    start(async () => {
      setProblem(null);
      const cancelled = await sendForm(() => cancelForPatientAction({ bookingId }), null, onProblem);
      if (cancelled) router.refresh();
    });
  const chosenDate = useWatch({ control, name: "date" });
  const error = (name: "date" | "time") => formState.errors[name]?.message;

  return (
    <details className="rounded-lg border border-slate-300 px-3 py-1">
      <summary className="flex min-h-11 cursor-pointer items-center font-semibold text-brand-800">
        Move or cancel<span className="sr-only"> {patientName}&apos;s appointment</span>
      </summary>
      <div className="pb-3">
        {problem && (
          <p role="alert" className="mt-2 font-semibold text-red-700">
            {problem}
          </p>
        )}
        <form method="post" onSubmit={move} noValidate className="mt-2 grid gap-2 sm:grid-cols-2">
          {(["date", "time"] as const).map((name) => (
            <div key={name}>
              <label htmlFor={`${id}-${name}`} className="block text-sm font-semibold text-slate-900">
                {name === "date" ? "New date" : "New time"}
              </label>
              {error(name) && (
                <p id={`${id}-${name}-error`} className="text-sm font-semibold text-red-700">
                  {error(name)}
                </p>
              )}
              <input
                id={`${id}-${name}`}
                type={name}
                aria-invalid={error(name) ? true : undefined}
                aria-describedby={
                  [error(name) && `${id}-${name}-error`, name === "date" && `${id}-date-words`]
                    .filter(Boolean)
                    .join(" ") || undefined
                }
                className={input}
                {...register(name)}
              />
              {/* The picker writes the date in the browser's own order: say it in words too. */}
              {name === "date" ? (
                <p id={`${id}-date-words`} aria-live="polite" className="mt-1 text-sm text-slate-700">
                  {inWords(chosenDate ?? "")}
                </p>
              ) : null}
            </div>
          ))}
          <button
            type="submit"
            disabled={formState.isSubmitting}
            className={`${button} border-brand-700 bg-brand-700 text-white hover:bg-brand-800 sm:col-span-2 sm:justify-self-start`}
          >
            Move and e-mail the patient
          </button>
        </form>
        <div className="mt-3 flex flex-wrap gap-2">
          {confirming ? (
            <>
              <button
                type="button"
                disabled={pending}
                onClick={cancel}
                className={`${button} border-red-700 bg-red-700 text-white`}
              >
                Yes, cancel and e-mail {patientName}
              </button>
              <button
                type="button"
                onClick={() => setConfirming(false)}
                className={`${button} border-slate-400 text-slate-900`}
              >
                Keep it
              </button>
            </>
          ) : (
            <button
              type="button"
              onClick={() => setConfirming(true)}
              className={`${button} border-red-700 text-red-800`}
            >
              Cancel appointment
            </button>
          )}
        </div>
      </div>
    </details>
  );
}
