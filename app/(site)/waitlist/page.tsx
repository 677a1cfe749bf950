import type { Metadata } from "next";
import Link from "next/link";

import { listServices } from "@/lib/booking/data/catalogue";
import { loadSchedules } from "@/lib/booking/data/slot-inputs";
import { issueFormStamp } from "@/lib/booking/form-stamp";
import { formatDuration } from "@/lib/booking/format";
import { addDays, dateInWords, isDateInRange, todayIn } from "@/lib/calendar/dates";
import { getClinic } from "@/lib/clinic/data";

import { OfflineNotice } from "@/app/_components/offline-notice";
import { WaitlistForm } from "./_components/waitlist-form";

export const metadata: Metadata = { title: "Join the waitlist" };

const weekday = new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: "UTC" });

/** Every date from `first` to `last`, each with "Saturday 9 January 2027" as its label. */
function datesBetween(first: string, last: string): { value: string; label: string }[] {
  const dates = [];
  for (let d = first; d <= last; d = addDays(d, 1)) {
    dates.push({ value: d, label: `${weekday.format(new Date(`${d}T12:00:00Z`))} ${dateInWords(d)}` });
  }
  return dates;
}

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/**
 * "Tell me if a time comes free": reached from the booking page's times step
 * (/waitlist?type=…&therapist=…&from=…), or directly, choosing the service first.
 */
export default async function WaitlistPage({ searchParams }: PageProps<"/waitlist">) {
  const sp = await searchParams;
  const clinic = await getClinic();
  const services = await listServices().catch(() => null);
  const schedules = one(sp.type) ? await loadSchedules(one(sp.type)!, null).catch(() => null) : undefined;
  if (!services || schedules === null) return <OfflineNotice clinic={clinic} what="The waitlist" />;

  const heading = (
    <>
      <h1 className="text-3xl font-bold text-slate-900">Join the waitlist</h1>
      <p className="mt-4 max-w-2xl text-lg text-slate-700">
        When a time comes free (someone cancels or moves), we e-mail the first person waiting for it and hold it for
        them for 30 minutes. One press books it.
      </p>
    </>
  );
  if (!schedules || "unknown" in schedules) {
    return (
      <div className="mx-auto max-w-6xl px-4 py-10">
        {heading}
        <h2 className="mt-8 text-2xl font-bold text-slate-900">Which appointment are you waiting for?</h2>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2">
          {services.map((s) => (
            <li key={s.slug}>
              <Link
                href={`/waitlist?type=${encodeURIComponent(s.slug)}`}
                className="flex min-h-11 items-center rounded-xl border border-slate-300 p-4 font-semibold text-brand-800 hover:border-brand-700"
              >
                {s.name} ({formatDuration(s.minutes)})
              </Link>
            </li>
          ))}
        </ul>
      </div>
    );
  }

  const today = todayIn(clinic.timeZone);
  const last = addDays(today, schedules.type.horizonDays);
  const wanted = one(sp.from);
  const from = wanted && isDateInRange(wanted) && wanted >= today && wanted <= last ? wanted : today;
  const therapists = schedules.therapists.map((t) => ({ id: t.therapistId, displayName: t.displayName }));
  const therapistId = therapists.some((t) => t.id === one(sp.therapist)) ? one(sp.therapist)! : "any";
  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      {heading}
      <p className="mt-4 text-slate-700">
        You are waiting for: <strong>{schedules.type.name}</strong> ({formatDuration(schedules.type.minutes)}).{" "}
        <Link href="/waitlist" className="font-semibold text-brand-800 underline">
          Change
        </Link>
      </p>
      <WaitlistForm
        type={{ slug: schedules.type.slug, name: schedules.type.name }}
        therapists={therapists}
        defaults={{ therapistId, from, to: addDays(from, 13) < last ? addDays(from, 13) : last }}
        dates={datesBetween(today, last)}
        clinicPhone={clinic.phone}
        formStamp={issueFormStamp()}
      />
    </div>
  );
}
