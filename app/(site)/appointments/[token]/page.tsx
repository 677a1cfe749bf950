import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { intakePath } from "@/lib/booking/book";
import { formatDuration, formatPrice, formatWhen, zoneLabel } from "@/lib/booking/format";
import { canChangeOnline, openManageLink } from "@/lib/booking/manage";
import { findWeekSlots } from "@/lib/booking/week-slots";
import { isDateInRange, todayIn } from "@/lib/calendar/dates";
import { telHref } from "@/lib/clinic/contact";
import { getClinic } from "@/lib/clinic/data";

import { ZoneNote } from "@/app/_components/patient-zone-time";
import { WeekSlots } from "@/app/_components/week-slots";
import { cancelAction, rescheduleAction } from "./actions";
import { Banner } from "./_components/banner";
import { ConsentSection } from "./_components/consent-section";

// The address holds the manage token: keep it out of search engines and caches.
export const metadata: Metadata = { title: "Your appointment", robots: { index: false, follow: false } };

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);
const button = "inline-flex min-h-11 items-center rounded-lg px-5 font-semibold";
// Long labels wrap on a phone: padding keeps two lines clear of the edges.
const action = "inline-flex min-h-11 items-center justify-center rounded-lg px-5 py-2 text-center font-semibold";
const primary = `${action} bg-brand-700 text-white hover:bg-brand-800`;
const secondary = `${action} border border-brand-700 text-brand-800 hover:bg-brand-50`;

export default async function ManageAppointmentPage({ params, searchParams }: PageProps<"/appointments/[token]">) {
  const { token } = await params;
  const sp = await searchParams;
  const booking = await openManageLink(token);
  if (!booking) notFound();
  const clinic = await getClinic();
  const base = `/appointments/${token}`;
  const changeable = canChangeOnline(booking);
  const when = `${formatWhen(booking.startsAt, clinic.timeZone)} (${zoneLabel(clinic.timeZone)})`;
  const newStart = one(sp.start);

  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      {one(sp.booked) && booking.status === "booked" && (
        <Banner tone="success" title="You’re booked">
          We have e-mailed your confirmation to {booking.patient.email}. Keep this page’s address: it lets you change or
          cancel.
        </Banner>
      )}
      {one(sp.withdrawn) && (
        <Banner tone="info" title="You withdrew your consent">
          We have e-mailed you to confirm it. The clinic will not use your answers for anything new.
        </Banner>
      )}
      {one(sp.moved) && (
        <Banner tone="success" title="Your appointment has moved">
          We have e-mailed you the new time. Your old time is free for someone else.
        </Banner>
      )}
      {one(sp.cancelled) && (
        <Banner tone="info" title="Your appointment is cancelled">
          We have e-mailed you to confirm.
        </Banner>
      )}
      {one(sp.problem) === "taken" && (
        <Banner tone="warning" title="Sorry, that time has just been taken">
          Please choose another time below. Your appointment has not changed.
        </Banner>
      )}
      {one(sp.problem) === "limit" && (
        <Banner tone="warning" title="This appointment has been changed online as often as we allow">
          To change or cancel it, please call us on{" "}
          <a href={telHref(clinic.phone)} className="font-semibold text-brand-800 underline">
            {clinic.phone}
          </a>
          . Your appointment has not changed.
        </Banner>
      )}
      <h1 className="text-3xl font-bold text-slate-900">Your appointment</h1>
      <dl className="mt-6 grid gap-x-6 gap-y-3 rounded-xl border border-slate-200 p-5 sm:grid-cols-[10rem_1fr]">
        <dt className="font-semibold text-slate-900">What</dt>
        <dd className="text-slate-700">
          {booking.type.name} ({formatDuration(booking.type.minutes)},{" "}
          {formatPrice(booking.type.priceMinor, booking.type.currency)})
        </dd>
        <dt className="font-semibold text-slate-900">With</dt>
        <dd className="text-slate-700">{booking.therapist.displayName}</dd>
        <dt className="font-semibold text-slate-900">When</dt>
        <dd className="text-slate-700" data-testid="appointment-when">
          {when}
        </dd>
        <dt className="font-semibold text-slate-900">Where</dt>
        <dd className="text-slate-700">
          {clinic.name}, {clinic.address}
        </dd>
        <dt className="font-semibold text-slate-900">Status</dt>
        <dd className="text-slate-700" data-testid="appointment-status">
          {booking.status === "booked" ? "Booked" : booking.status === "cancelled" ? "Cancelled" : "Finished"}
        </dd>
      </dl>

      {booking.status === "booked" && (
        <div className="mt-6 flex flex-wrap items-center gap-3">
          {/* The questionnaire is the patient's next job until it is sent; then the calendar is all that is left. */}
          {booking.questionnaire.state === "sent" ? (
            <p
              className="flex w-full items-center gap-2 font-semibold text-slate-900"
              data-testid="questionnaire-state"
            >
              <svg
                aria-hidden="true"
                viewBox="0 0 24 24"
                className="size-5 shrink-0 fill-none stroke-brand-700 stroke-3"
              >
                <path d="M4 12l5 5L20 6" />
              </svg>
              Questionnaire sent on {formatWhen(booking.questionnaire.at, clinic.timeZone)} (
              {zoneLabel(clinic.timeZone)})
            </p>
          ) : booking.questionnaire.state === "closed" ? (
            <p className="w-full text-slate-700" data-testid="questionnaire-state">
              The questionnaire for this appointment has closed. If there is anything your therapist should know before
              you come, please call us on{" "}
              <a href={telHref(clinic.phone)} className="font-semibold text-brand-800 underline">
                {clinic.phone}
              </a>
              .
            </p>
          ) : (
            <Link href={intakePath(token)} className={primary}>
              {booking.questionnaire.state === "draft"
                ? "Continue your questionnaire"
                : "Complete your pre-appointment questionnaire"}
            </Link>
          )}
          <a
            href={`${base}/calendar`}
            className={
              booking.questionnaire.state === "sent" || booking.questionnaire.state === "closed" ? primary : secondary
            }
            download="appointment.ics"
          >
            Add to calendar
          </a>
        </div>
      )}

      {booking.status === "booked" && !changeable && (
        <p
          className="mt-8 rounded-xl border border-slate-300 bg-slate-50 p-4 text-lg text-slate-900"
          data-testid="too-late"
        >
          It is less than {formatDuration(booking.type.cancelCutoffMinutes)} to your appointment, so it can no longer be
          changed or cancelled online. Please call us on{" "}
          <a href={telHref(clinic.phone)} className="font-semibold text-brand-800 underline">
            {clinic.phone}
          </a>
          .
        </p>
      )}

      {changeable && !one(sp.reschedule) && !one(sp.cancel) && (
        <div className="mt-8 flex flex-wrap gap-3">
          <Link href={`${base}?reschedule=1`} className={`${button} border border-slate-400 text-slate-900`}>
            Change time
          </Link>
          <Link href={`${base}?cancel=1`} className={`${button} border border-red-700 text-red-800`}>
            Cancel appointment
          </Link>
        </div>
      )}

      {changeable && one(sp.cancel) && (
        <form action={cancelAction} className="mt-8 rounded-xl border-2 border-red-700 p-5">
          <h2 className="text-xl font-bold text-slate-900">Cancel this appointment?</h2>
          <p className="mt-2 text-slate-700">
            Your time will be offered to someone else. You can book again at any time.
          </p>
          <input type="hidden" name="token" value={token} />
          <div className="mt-4 flex flex-wrap gap-3">
            <button type="submit" className={`${button} bg-red-700 text-white`}>
              Yes, cancel it
            </button>
            <Link href={base} className={`${button} border border-slate-400 text-slate-900`}>
              No, keep it
            </Link>
          </div>
        </form>
      )}

      {changeable && one(sp.reschedule) && !newStart && (
        <section aria-labelledby="move-heading" className="mt-8">
          <h2 id="move-heading" className="text-2xl font-bold text-slate-900">
            Choose a new time with {booking.therapist.displayName}
          </h2>
          <ZoneNote clinicZone={clinic.timeZone} label={zoneLabel(clinic.timeZone)} />
          {await RescheduleWeek({ token, week: one(sp.week), booking, timeZone: clinic.timeZone })}
        </section>
      )}

      {changeable && one(sp.reschedule) && newStart && !Number.isNaN(Date.parse(newStart)) && (
        <form action={rescheduleAction} className="mt-8 rounded-xl border-2 border-brand-700 p-5">
          <h2 className="text-xl font-bold text-slate-900">Move your appointment?</h2>
          <p className="mt-2 text-slate-700">
            From {when} to <strong>{formatWhen(new Date(newStart), clinic.timeZone)}</strong> (
            {zoneLabel(clinic.timeZone)}).
          </p>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="start" value={new Date(newStart).toISOString()} />
          <div className="mt-4 flex flex-wrap gap-3">
            <button type="submit" className={`${button} bg-brand-700 text-white`}>
              Yes, move it
            </button>
            <Link href={`${base}?reschedule=1`} className={`${button} border border-slate-400 text-slate-900`}>
              Choose another time
            </Link>
          </div>
        </form>
      )}
      {booking.questionnaire.state === "sent" && (
        <ConsentSection token={token} withdrawnAt={booking.questionnaire.withdrawnAt} timeZone={clinic.timeZone} />
      )}
    </div>
  );
}

async function RescheduleWeek({
  token,
  week,
  booking,
  timeZone,
}: {
  token: string;
  week?: string;
  booking: NonNullable<Awaited<ReturnType<typeof openManageLink>>>;
  timeZone: string;
}) {
  const result = await findWeekSlots(
    { type: booking.type.slug, therapist: booking.therapist.id },
    { today: todayIn(timeZone), week: week && isDateInRange(week) ? week : undefined, excludeBookingId: booking.id },
  );
  if (!result.ok) return null;
  const href = (extra: string) => `/appointments/${token}?reschedule=1&${extra}`;
  const { week: shown } = result;
  return (
    <WeekSlots
      timeZone={timeZone}
      dates={shown.dates}
      starts={result.slots.map((s) => s.start.toISOString())}
      hrefFor={(iso) => href(`start=${encodeURIComponent(iso)}`)}
      previousHref={shown.previousWeek ? href(`week=${shown.previousWeek}`) : null}
      nextHref={shown.nextWeek ? href(`week=${shown.nextWeek}`) : null}
    />
  );
}
