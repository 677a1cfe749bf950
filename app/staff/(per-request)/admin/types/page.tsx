import type { Metadata } from "next";
import Link from "next/link";

import { requireStaff } from "@/lib/auth/require-staff";
import { formatDuration, formatPrice } from "@/lib/booking/format";
import { countOf } from "@/lib/english";
import { listAppointmentTypes } from "@/lib/staff/data/appointment-types";

import { AdminPage } from "../_components/admin-page";

export const metadata: Metadata = { title: "Appointment types" };

export default async function AppointmentTypesPage() {
  const actor = await requireStaff({ role: "admin" });
  const types = await listAppointmentTypes(actor);
  return (
    <AdminPage
      title="Appointment types"
      intro="What patients can book, for how long and at what price, and the rules for booking and cancelling online."
    >
      <ul className="grid gap-4 sm:grid-cols-2">
        {types.map((t) => (
          <li key={t.id} className="rounded-xl border border-slate-200 bg-white p-4 sm:p-5">
            <h2 className="text-lg font-semibold text-slate-900">{t.name}</h2>
            <p className="text-slate-700">
              {formatDuration(t.minutes)} · {formatPrice(t.priceMinor, t.currency)} ·{" "}
              {t.active ? "bookable online" : "not bookable (inactive)"}
            </p>
            <p className="mt-1 text-sm text-slate-700">
              Buffers {t.bufferBeforeMinutes} min before, {t.bufferAfterMinutes} min after. Notice{" "}
              {formatDuration(t.minNoticeMinutes)}, up to {countOf(t.horizonDays, "day")} ahead, every{" "}
              {t.slotStepMinutes} min; cancel online until {formatDuration(t.cancelCutoffMinutes)} before.
            </p>
            <Link
              href={`/staff/admin/types/${t.id}`}
              className="mt-2 inline-flex min-h-11 items-center font-semibold text-brand-800 underline"
            >
              Edit<span className="sr-only"> {t.name}</span>
            </Link>
          </li>
        ))}
      </ul>
    </AdminPage>
  );
}
