"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { useForm } from "react-hook-form";

import { formatWhen } from "@/lib/booking/format";
import { bookingDetailsSchema, type BookingDetails } from "@/lib/booking/schemas";

import { sendForm } from "@/app/_components/send-form";
import { type BookRefusal, bookAppointment } from "../actions";
import { bookHref, type BookState } from "./book-href";

const DRAFT_KEY = "stride-booking-details";

interface Props {
  state: Required<Pick<BookState, "type" | "therapist" | "start">> & BookState;
  clinicPhone: string;
  clinicZone: string;
  /** The sealed time the form was shown (lib/booking/form-stamp.ts). */
  formStamp: string;
}

// The server refuses a form sent sooner than this after it was shown (a script's
// speed); a person who is that quick just waits a moment longer for "Booking…".
const MIN_FILL_MS = 3_200;
const untilFilledLongEnough = (shownAt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, shownAt + MIN_FILL_MS - Date.now())));
const honeypotOf = (event: { target: unknown } | undefined) =>
  event?.target instanceof HTMLFormElement ? String(new FormData(event.target).get("website") ?? "") : "";

type Field = {
  name: keyof BookingDetails["patient"];
  label: string;
  type: string;
  autoComplete: string;
  hint?: string;
};
const FIELDS: Field[] = [
  { name: "name", label: "Full name", type: "text", autoComplete: "name" },
  {
    name: "email",
    label: "E-mail address",
    type: "email",
    autoComplete: "email",
    hint: "We send your confirmation and the link to change or cancel here.",
  },
  {
    name: "phone",
    label: "Phone number",
    type: "tel",
    autoComplete: "tel",
    hint: "In case we need to reach you about your appointment.",
  },
];

export function DetailsForm({ state, clinicPhone, clinicZone, formStamp }: Props) {
  const router = useRouter();
  const formId = useId();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [taken, setTaken] = useState<string[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [blocked, setBlocked] = useState<Exclude<BookRefusal, { reason: "taken" }> | null>(null);
  const [shownAt] = useState(() => Date.now());
  // The message replaces a booking the patient thought was made: on a phone they are
  // scrolled down at the button, so it takes focus (and comes into view) once shown.
  const problemRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!taken && !failed && !blocked) return;
    problemRef.current?.focus();
    problemRef.current?.scrollIntoView({ block: "start" });
  }, [taken, failed, blocked]);
  const form = useForm<BookingDetails>({
    resolver: zodResolver(bookingDetailsSchema),
    defaultValues: { patient: { name: "", email: "", phone: "" }, notes: "" },
  });
  const { register, handleSubmit, formState, setError, reset } = form;

  // Kept in this tab only (sessionStorage), so a reload or a "just taken" detour loses nothing.
  useEffect(() => {
    const saved = sessionStorage.getItem(DRAFT_KEY);
    const draft = saved ? (JSON.parse(saved) as Partial<BookingDetails>) : null;
    if (draft?.patient) reset(draft as BookingDetails);
  }, [reset]);
  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values }) => sessionStorage.setItem(DRAFT_KEY, JSON.stringify(values)),
      }),
    [form],
  );

  const onSubmit = handleSubmit(async (details, event) => {
    setTaken(null);
    setFailed(false);
    setBlocked(null);
    const website = honeypotOf(event);
    await untilFilledLongEnough(shownAt);
    const { type, therapist, start, region, area } = state;
    const request = {
      type,
      therapistId: therapist,
      start,
      region,
      area,
      ...details,
      notes: details.notes || undefined,
    };
    // Errors about the time or the key (which the page itself sets) read as "nothing was booked, try again".
    const booked = await sendForm(
      () => bookAppointment({ ...request, idempotencyKey, formStamp, website }),
      { setError, fields: ["patient", "notes"] },
      (problem) =>
        typeof problem === "string"
          ? setFailed(true)
          : problem.reason === "taken"
            ? setTaken(problem.alternatives)
            : setBlocked(problem),
    );
    if (!booked) return;
    sessionStorage.removeItem(DRAFT_KEY);
    router.push(booked.next);
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-labelledby={`${formId}-heading`} className="mt-6 max-w-xl">
      <h2 id={`${formId}-heading`} className="text-2xl font-bold text-slate-900">
        Your details
      </h2>
      {taken && (
        <div
          ref={problemRef}
          role="alert"
          tabIndex={-1}
          className="mt-4 scroll-mt-4 rounded-xl border-2 border-amber-600 bg-amber-50 p-4 text-slate-900"
        >
          <p className="font-semibold">Sorry, that time has just been taken by someone else.</p>
          {taken.length > 0 ? (
            <>
              <p className="mt-1">These times are free now. Your details are kept:</p>
              <ul className="mt-2 flex flex-wrap gap-2">
                {taken.map((iso) => (
                  <li key={iso}>
                    <Link
                      href={bookHref({ ...state, start: iso })}
                      className="inline-flex min-h-11 items-center rounded-lg border border-brand-700 px-3 font-semibold text-brand-800"
                    >
                      {formatWhen(new Date(iso), clinicZone)}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="mt-1">
              <Link href={bookHref({ ...state, start: undefined })} className="font-semibold text-brand-800 underline">
                Choose another time
              </Link>
              .
            </p>
          )}
        </div>
      )}
      {failed && (
        <div
          ref={problemRef}
          role="alert"
          tabIndex={-1}
          className="mt-4 scroll-mt-4 rounded-xl border-2 border-red-700 bg-red-50 p-4 text-slate-900"
        >
          We could not reach our booking system, so nothing was booked. Your details are still here: please try again,
          or call us on {clinicPhone}.
        </div>
      )}
      {blocked && (
        <div
          ref={problemRef}
          role="alert"
          tabIndex={-1}
          className="mt-4 scroll-mt-4 rounded-xl border-2 border-amber-600 bg-amber-50 p-4 text-slate-900"
        >
          {blocked.reason === "busy" ? (
            <>
              <p className="font-semibold">We have had a lot of bookings from your connection in the last hour.</p>
              <p className="mt-1">
                To keep appointments free for everyone, please try again in{" "}
                {blocked.retryAfterMinutes === 1 ? "a minute" : `${blocked.retryAfterMinutes} minutes`}, or call us on{" "}
                {clinicPhone} and we will book you in. Nothing was booked, and your details are still here.
              </p>
            </>
          ) : (
            <p>
              Sorry, we could not take this booking online. Please call us on {clinicPhone} and we will book you in.
            </p>
          )}
        </div>
      )}
      {/* A honeypot for form-filling scripts: out of sight, out of the tab order, hidden from screen readers. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={`${formId}-website`}>Leave this empty</label>
        <input id={`${formId}-website`} type="text" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      {FIELDS.map((field) => {
        const error = formState.errors.patient?.[field.name]?.message;
        const describedBy = [field.hint && `${formId}-${field.name}-hint`, error && `${formId}-${field.name}-error`]
          .filter(Boolean)
          .join(" ");
        return (
          <div key={field.name} className="mt-5">
            <label htmlFor={`${formId}-${field.name}`} className="block font-semibold text-slate-900">
              {field.label}
            </label>
            {field.hint && (
              <p id={`${formId}-${field.name}-hint`} className="text-sm text-slate-700">
                {field.hint}
              </p>
            )}
            {error && (
              <p id={`${formId}-${field.name}-error`} className="mt-1 font-semibold text-red-700">
                {error}
              </p>
            )}
            <input
              id={`${formId}-${field.name}`}
              type={field.type}
              autoComplete={field.autoComplete}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy || undefined}
              className="mt-1 block min-h-11 w-full rounded-lg border border-slate-400 px-3 text-base aria-[invalid]:border-red-700"
              {...register(`patient.${field.name}`)}
            />
          </div>
        );
      })}
      <div className="mt-5">
        <label htmlFor={`${formId}-notes`} className="block font-semibold text-slate-900">
          Anything you would like us to know? <span className="font-normal">(optional)</span>
        </label>
        {formState.errors.notes?.message && (
          <p id={`${formId}-notes-error`} className="mt-1 font-semibold text-red-700">
            {formState.errors.notes.message}
          </p>
        )}
        <textarea
          id={`${formId}-notes`}
          rows={3}
          aria-invalid={formState.errors.notes ? true : undefined}
          aria-describedby={formState.errors.notes ? `${formId}-notes-error` : undefined}
          className="mt-1 block w-full rounded-lg border border-slate-400 px-3 py-2 text-base"
          {...register("notes")}
        />
      </div>
      <button
        type="submit"
        disabled={formState.isSubmitting}
        className="mt-6 inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {formState.isSubmitting ? "Booking…" : "Confirm booking"}
      </button>
    </form>
  );
}
