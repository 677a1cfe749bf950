import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { dateInWords } from "@/lib/calendar/dates";
import { getClinic } from "@/lib/clinic/data";
import { readEntry } from "@/lib/waitlist/read";

import { leaveWaitlistAction } from "./actions";

export const metadata: Metadata = { title: "Leave the waitlist", robots: { index: false, follow: false } };

/** Opened from the waitlist e-mail. Opening it changes nothing: only the button, a POST, takes the patient off. */
export default async function LeavePage({ params }: PageProps<"/waitlist/leave/[token]">) {
  const { token } = await params;
  const entry = await readEntry(token);
  if (!entry) notFound();
  const clinic = await getClinic();
  const range =
    entry.from === entry.to
      ? `on ${dateInWords(entry.from)}`
      : `between ${dateInWords(entry.from)} and ${dateInWords(entry.to)}`;
  const what = (
    <p
      className="mt-6 rounded-xl border border-brand-100 bg-brand-50 p-4 text-lg text-slate-900"
      data-testid="waitlist-entry"
    >
      <strong>{entry.typeName}</strong> with {entry.therapistName ?? "any of our therapists"}, {range}
    </p>
  );
  if (entry.status !== "waiting") {
    return (
      <div className="mx-auto max-w-2xl px-4 py-10">
        <h1 className="text-3xl font-bold text-slate-900">
          {entry.status === "left" ? "You have left the waitlist" : "You booked a time from the waitlist"}
        </h1>
        {what}
        <p className="mt-4 text-lg text-slate-700">
          {entry.status === "left"
            ? "We will not e-mail you about free times for this any more."
            : "So you are off this waitlist. Your confirmation e-mail has the link to change or cancel."}
        </p>
        <p className="mt-6 text-slate-700">
          <Link href="/book" className="font-semibold text-brand-800 underline">
            Book an appointment
          </Link>{" "}
          or call us on {clinic.phone}.
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-3xl font-bold text-slate-900">Leave the waitlist?</h1>
      <p className="mt-4 text-lg text-slate-700">You are on the waitlist for:</p>
      {what}
      <p className="mt-4 text-slate-700">
        If you leave, we will not e-mail you when a time comes free, and a time held for you now goes to the next
        person.
      </p>
      <form action={leaveWaitlistAction} className="mt-8">
        <input type="hidden" name="token" value={token} />
        <button
          type="submit"
          className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
        >
          Leave the waitlist
        </button>
      </form>
    </div>
  );
}
