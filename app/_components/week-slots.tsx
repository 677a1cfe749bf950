import Link from "next/link";

import { formatTime } from "@/lib/booking/format";
import { localDateOf } from "@/lib/calendar/dates";

import { PatientZoneTime } from "./patient-zone-time";

export interface WeekSlotsProps {
  timeZone: string;
  /** The days shown (clinic-local dates): a week, or this week from today. */
  dates: string[];
  /** Start instants (ISO) of free times, each shown once even if several therapists are free. */
  starts: string[];
  hrefFor: (startIso: string) => string;
  previousHref: string | null;
  nextHref: string | null;
  selected?: string;
}

const dayLabel = (date: string) =>
  new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "long", day: "numeric", month: "long" }).format(
    new Date(`${date}T12:00:00Z`),
  );

/**
 * A week of free times as plain links, so choosing a time works without
 * JavaScript and by keyboard; each link names its day and time for screen readers.
 */
export function WeekSlots({ timeZone, dates, starts, hrefFor, previousHref, nextHref, selected }: WeekSlotsProps) {
  const byDate = new Map(dates.map((d) => [d, [] as string[]]));
  for (const iso of [...new Set(starts)].sort()) byDate.get(localDateOf(new Date(iso), timeZone))?.push(iso);
  const first = dates[0]!;
  const last = dates[dates.length - 1]!;

  return (
    <section aria-labelledby="week-heading" className="mt-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h3 id="week-heading" className="text-lg font-semibold text-slate-900">
          {first === last ? dayLabel(first) : `${dayLabel(first)} to ${dayLabel(last)}`}
        </h3>
        <nav aria-label="Weeks" className="flex gap-2">
          {previousHref ? (
            <Link
              href={previousHref}
              className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 px-4 font-semibold text-brand-800"
            >
              ← Earlier week
            </Link>
          ) : null}
          {nextHref ? (
            <Link
              href={nextHref}
              className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 px-4 font-semibold text-brand-800"
            >
              Later week →
            </Link>
          ) : null}
        </nav>
      </div>
      <ol className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-7">
        {dates.map((date) => {
          const times = byDate.get(date) ?? [];
          return (
            <li key={date} className="rounded-xl border border-slate-200 p-3" data-testid={`day-${date}`}>
              <h4 className="font-semibold text-slate-900">{dayLabel(date)}</h4>
              {times.length === 0 ? (
                <p className="mt-2 text-sm text-slate-700">No free times</p>
              ) : (
                <ul className="mt-2 flex flex-wrap gap-2 lg:flex-col">
                  {times.map((iso) => (
                    <li key={iso}>
                      <Link
                        href={hrefFor(iso)}
                        aria-label={`${dayLabel(date)} at ${formatTime(new Date(iso), timeZone)}`}
                        aria-current={selected === iso ? "true" : undefined}
                        className="inline-flex min-h-11 min-w-16 flex-col items-center justify-center rounded-lg border border-brand-700 px-3 py-1 font-semibold text-brand-800 hover:bg-brand-50 aria-[current]:bg-brand-700 aria-[current]:text-white lg:w-full"
                      >
                        <time dateTime={iso}>{formatTime(new Date(iso), timeZone)}</time>
                        <PatientZoneTime iso={iso} clinicZone={timeZone} />
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
