import type { Metadata } from "next";

import { requireStaff } from "@/lib/auth/require-staff";
import { zoneLabel } from "@/lib/booking/format";
import { listTherapists } from "@/lib/booking/data/catalogue";
import { localDateOf, todayIn } from "@/lib/calendar/dates";
import { getClinic } from "@/lib/clinic/data";
import { listSchedule, type ScheduleBooking } from "@/lib/staff/data/schedule";
import { canMarkAttendance, scheduleRange, shiftDate } from "@/lib/staff/schedule-range";
import { scheduleParamsSchema } from "@/lib/staff/schedule-schemas";

import { dayHeading, ScheduleDay } from "./_components/schedule-day";
import { ScheduleNav } from "./_components/schedule-nav";
import { TherapistPicker } from "./_components/therapist-picker";

export const metadata: Metadata = { title: "Schedule" };

export default async function SchedulePage({ searchParams }: PageProps<"/staff/schedule">) {
  const actor = await requireStaff();
  const params = scheduleParamsSchema.parse(await searchParams);
  const [clinic, therapists] = await Promise.all([
    getClinic(),
    actor.role === "admin" ? listTherapists() : Promise.resolve(null),
  ]);
  const timeZone = clinic.timeZone;
  const now = new Date();
  const today = todayIn(timeZone, now);
  const view = params.view ?? "week";
  const date = params.date ?? today;
  const range = scheduleRange(view, date, timeZone);

  // Admins pick whose diary (the first therapist until they choose); a therapist always sees their own.
  const chosen = therapists ? (therapists.find((t) => t.id === params.therapist) ?? therapists[0]) : null;
  const therapistId = therapists ? chosen?.id : (actor.therapistId ?? undefined);
  const whose = therapists ? (chosen?.displayName ?? "No therapist") : actor.name;
  const bookings = await listSchedule(actor, { therapistId, from: range.from, to: range.to });

  const byDay = new Map<string, ScheduleBooking[]>(range.days.map((d) => [d, []]));
  for (const booking of bookings) byDay.get(localDateOf(booking.startsAt, timeZone))?.push(booking);
  const markable = (booking: ScheduleBooking) => canMarkAttendance(booking.startsAt, now, timeZone);
  const first = range.days[0]!;
  const last = range.days.at(-1)!;
  const span =
    view === "week"
      ? `${dayHeading(first)} to ${dayHeading(last)} ${last.slice(0, 4)}`
      : `${dayHeading(first)} ${first.slice(0, 4)}`;
  const linkTherapist = therapists ? chosen?.id : undefined;

  return (
    <div className="mx-auto max-w-7xl px-4 py-6">
      <h1 className="text-2xl font-bold text-slate-900">{therapists ? `Schedule: ${whose}` : "Your schedule"}</h1>
      <p className="mt-1 text-slate-700">
        {view === "week" ? "Week" : "Day"}: {span}. Times are {zoneLabel(timeZone)} ({timeZone.replace(/_/g, " ")}).
      </p>

      <div className="mt-4 flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 lg:flex-row lg:items-end lg:justify-between">
        <ScheduleNav
          view={view}
          date={date}
          today={today}
          previous={shiftDate(view, date, -1)}
          next={shiftDate(view, date, 1)}
          therapist={linkTherapist}
        />
        {therapists ? <TherapistPicker therapists={therapists} selected={chosen?.id} view={view} date={date} /> : null}
      </div>

      {!therapistId ? (
        <p className="mt-6 rounded-xl border border-slate-200 bg-white p-4 text-slate-800">
          {therapists
            ? "There are no active therapists yet."
            : "Your account is not linked to a therapist, so there is no schedule to show."}
        </p>
      ) : (
        <div className="mt-6 flex flex-col gap-4">
          {[...byDay].map(([day, list]) => (
            <ScheduleDay
              key={day}
              date={day}
              isToday={day === today}
              bookings={list}
              timeZone={timeZone}
              markable={markable}
              changeable={(booking) => booking.status === "booked" && booking.startsAt > now}
            />
          ))}
        </div>
      )}
    </div>
  );
}
