import { countOf } from "@/lib/english";
import type { ScheduleBooking } from "@/lib/staff/data/schedule";

import { PatientNote } from "@/app/staff/_components/patient-note";

import { AttendanceButtons } from "./attendance-buttons";
import { BookingChanges } from "./booking-changes";
import { BookingStatus } from "./booking-status";
import { IntakeStatus } from "./intake-status";

// Building an Intl.DateTimeFormat is slow (it loads the zone's rules): one per zone, kept.
const formats = new Map<string, Intl.DateTimeFormat>();

/** "9:30" and the zone's short name ("GMT", "BST") in the clinic's zone. */
function timeParts(instant: Date, timeZone: string): { time: string; zone: string } {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      hour: "numeric",
      minute: "2-digit",
      hourCycle: "h23",
      timeZoneName: "short",
    });
    formats.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return { time: `${Number(part("hour"))}:${part("minute")}`, zone: part("timeZoneName") };
}

/** "Monday 30 November" for a local date (YYYY-MM-DD). */
export function dayHeading(date: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "long", day: "numeric", month: "long" }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

interface Props {
  date: string;
  isToday: boolean;
  bookings: ScheduleBooking[];
  timeZone: string;
  /** Whether attendance may be recorded for a booking now (started, or today). */
  markable: (booking: ScheduleBooking) => boolean;
  /** Still to come and booked: staff may move or cancel it (the patient is e-mailed). */
  changeable: (booking: ScheduleBooking) => boolean;
}

export function ScheduleDay({ date, isToday, bookings, timeZone, markable, changeable }: Props) {
  const headingId = `day-${date}`;
  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-slate-200 bg-white">
      <h2
        id={headingId}
        className="flex flex-wrap items-baseline gap-2 border-b border-slate-200 px-4 py-2 text-lg font-bold text-slate-900"
      >
        {dayHeading(date)}
        {isToday ? (
          <span className="rounded bg-brand-50 px-2 py-0.5 text-sm font-semibold text-brand-800">Today</span>
        ) : null}
        <span className="text-sm font-normal text-slate-700">
          {bookings.length === 0 ? "No appointments" : countOf(bookings.length, "appointment")}
        </span>
      </h2>
      {bookings.length > 0 ? (
        <ul className="divide-y divide-slate-200">
          {bookings.map((booking) => {
            const start = timeParts(booking.startsAt, timeZone);
            const end = timeParts(booking.endsAt, timeZone);
            return (
              <li
                key={booking.id}
                data-booking-id={booking.id}
                className="grid gap-2 px-4 py-3 md:grid-cols-[9rem_minmax(0,1fr)_minmax(0,1.2fr)_auto] md:items-center md:gap-4"
              >
                <p className="font-semibold text-slate-900">
                  <time dateTime={booking.startsAt.toISOString()}>{start.time}</time>–
                  <time dateTime={booking.endsAt.toISOString()}>{end.time}</time>{" "}
                  <span className="text-sm font-normal text-slate-700">{start.zone}</span>
                </p>
                <div>
                  <p
                    className={`font-semibold text-slate-900 ${booking.status === "cancelled" ? "line-through decoration-slate-500" : ""}`}
                  >
                    {booking.patientName}
                  </p>
                  <p className="text-sm text-slate-700">{booking.typeName}</p>
                  {booking.patientNote ? <PatientNote note={booking.patientNote} /> : null}
                </div>
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <BookingStatus status={booking.status} late={booking.lateCancellation} />
                  <span className="text-sm text-slate-700">Questionnaire:</span>
                  <IntakeStatus intake={booking.intake} patientName={booking.patientName} />
                </div>
                <div className="flex flex-col gap-2">
                  {changeable(booking) ? (
                    <BookingChanges bookingId={booking.id} patientName={booking.patientName} date={date} />
                  ) : null}
                  {booking.status !== "cancelled" && markable(booking) ? (
                    <AttendanceButtons
                      bookingId={booking.id}
                      status={booking.status}
                      patientName={booking.patientName}
                    />
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
