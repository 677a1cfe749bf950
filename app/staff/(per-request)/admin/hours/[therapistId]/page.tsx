import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { requireStaff } from "@/lib/auth/require-staff";
import { todayIn } from "@/lib/calendar/dates";
import { getClinic } from "@/lib/clinic/data";
import { toClock } from "@/lib/staff/clock";
import { therapistSchedule } from "@/lib/staff/data/therapist-hours";
import { uuidSchema } from "@/lib/uuid";

import { AdminPage } from "../../_components/admin-page";
import { OverrideList } from "./_components/override-list";
import { TimeOffForm } from "./_components/time-off-form";
import { WeeklyHoursForm } from "./_components/weekly-hours-form";

export const metadata: Metadata = { title: "Hours and time off" };

export default async function TherapistHoursPage({ params }: PageProps<"/staff/admin/hours/[therapistId]">) {
  const actor = await requireStaff({ role: "admin" });
  const { therapistId } = await params;
  if (!uuidSchema().safeParse(therapistId).success) notFound();
  const clinic = await getClinic();
  const today = todayIn(clinic.timeZone);
  const schedule = await therapistSchedule(actor, therapistId, today);
  if (!schedule) notFound();

  const days = Array.from({ length: 7 }, (_, index) => ({
    ranges: schedule.rules
      .filter((r) => r.weekday === index + 1)
      .map((r) => ({ start: toClock(r.startMinutes), end: toClock(r.endMinutes) })),
  }));
  return (
    <AdminPage
      title={`${schedule.displayName}: hours and time off`}
      trail={[{ href: "/staff/admin/hours", label: "Working hours" }]}
      intro={`Times are in the clinic's time zone (${clinic.timeZone}). Patients can book only inside these hours, minus time off and existing bookings.`}
    >
      <section aria-labelledby="weekly-heading">
        <h2 id="weekly-heading" className="text-xl font-bold text-slate-900">
          Weekly hours
        </h2>
        <WeeklyHoursForm therapistId={schedule.id} days={days} />
      </section>
      <section aria-labelledby="time-off-heading" className="mt-10">
        <h2 id="time-off-heading" className="text-xl font-bold text-slate-900">
          Time off from today
        </h2>
        <OverrideList therapistId={schedule.id} overrides={schedule.overrides} />
        <h3 className="mt-6 text-lg font-semibold text-slate-900">Add time off</h3>
        <TimeOffForm therapistId={schedule.id} today={today} />
      </section>
    </AdminPage>
  );
}
