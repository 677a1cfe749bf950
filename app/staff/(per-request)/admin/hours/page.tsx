import type { Metadata } from "next";
import Link from "next/link";

import { requireStaff } from "@/lib/auth/require-staff";
import { toClock, WEEKDAYS } from "@/lib/staff/clock";
import { listTherapistHours } from "@/lib/staff/data/therapist-hours";

import { AdminPage } from "../_components/admin-page";

export const metadata: Metadata = { title: "Working hours" };

export default async function HoursPage() {
  const actor = await requireStaff({ role: "admin" });
  const therapists = await listTherapistHours(actor);
  return (
    <AdminPage
      title="Working hours and time off"
      intro="Weekly hours are in the clinic's time zone. Changes show in the free times patients see at once."
    >
      <ul className="space-y-4">
        {therapists.map((t) => (
          <li key={t.id} className="rounded-xl border border-slate-200 bg-white p-4 sm:p-5">
            <h2 className="text-lg font-semibold text-slate-900">
              {t.displayName}
              {t.active ? null : (
                <span className="ml-2 text-sm font-normal text-slate-700">(not shown to patients)</span>
              )}
            </h2>
            <dl className="mt-2 grid grid-cols-[7rem_1fr] gap-x-3 gap-y-1 text-sm sm:grid-cols-[8rem_1fr]">
              {WEEKDAYS.map((day, index) => {
                const ranges = t.rules.filter((r) => r.weekday === index + 1);
                return (
                  <div key={day} className="contents">
                    <dt className="text-slate-700">{day}</dt>
                    <dd className="text-slate-900">
                      {ranges.length
                        ? ranges.map((r) => `${toClock(r.startMinutes)}–${toClock(r.endMinutes)}`).join(", ")
                        : "Not working"}
                    </dd>
                  </div>
                );
              })}
            </dl>
            <Link
              href={`/staff/admin/hours/${t.id}`}
              className="mt-3 inline-flex min-h-11 items-center font-semibold text-brand-800 underline"
            >
              Change hours and time off<span className="sr-only"> for {t.displayName}</span>
            </Link>
          </li>
        ))}
      </ul>
    </AdminPage>
  );
}
