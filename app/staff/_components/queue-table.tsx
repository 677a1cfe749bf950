import Link from "next/link";

import { REGION_LABELS, type Region } from "@/lib/intake/regions";
import { conditionName } from "@/lib/staff/case-answers";
import type { QueueRow } from "@/lib/staff/data/queue";
import { formatShortWhen } from "@/lib/booking/format";

import { DispositionBadge } from "./disposition-badge";

const PRESSING = new Set(["emergency", "urgent"]);

function ReviewState({ row }: { row: QueueRow }) {
  if (row.reviewed) return <span className="text-slate-700">Reviewed</span>;
  // Unreviewed emergencies and urgents must stand out in words as well as colour.
  return PRESSING.has(row.disposition) ? (
    <strong className="text-red-800">Not reviewed: act now</strong>
  ) : (
    <span className="font-semibold text-slate-900">Not reviewed</span>
  );
}

function regionLabel(region: string | null) {
  return region ? (REGION_LABELS[region as Region] ?? region) : "—";
}

export function QueueTable({ rows, timeZone }: { rows: QueueRow[]; timeZone: string }) {
  if (rows.length === 0) {
    return <p className="rounded-xl border border-slate-200 bg-white p-6 text-slate-700">No cases match these filters.</p>;
  }
  return (
    <>
      {/* Phones: one card per case. */}
      <ul className="space-y-3 sm:hidden">
        {rows.map((row) => (
          <li key={row.id} className={`rounded-xl border bg-white p-4 ${!row.reviewed && PRESSING.has(row.disposition) ? "border-red-700 border-l-8" : "border-slate-200"}`}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <DispositionBadge disposition={row.disposition} />
              <ReviewState row={row} />
            </div>
            <Link href={`/staff/cases/${row.id}`} className="mt-2 inline-flex min-h-11 items-center text-lg font-semibold text-brand-800 underline">
              {row.patientName}
            </Link>
            <p className="text-sm text-slate-700">
              {formatShortWhen(row.startsAt, timeZone)} · {row.therapistName}
              {row.bookingStatus === "cancelled" ? " · booking cancelled" : ""}
            </p>
            <p className="text-sm text-slate-700">
              {regionLabel(row.region)}
              {row.topCondition ? ` · ${conditionName(row.topCondition)}` : ""}
            </p>
          </li>
        ))}
      </ul>
      <table className="hidden w-full border-collapse overflow-hidden rounded-xl bg-white text-left text-sm sm:table">
        <caption className="sr-only">Cases, most pressing first, then by appointment time</caption>
        <thead className="bg-slate-100 text-slate-900">
          <tr>
            <th scope="col" className="px-3 py-2">Disposition</th>
            <th scope="col" className="px-3 py-2">Patient</th>
            <th scope="col" className="px-3 py-2">Appointment</th>
            <th scope="col" className="px-3 py-2">Region</th>
            <th scope="col" className="px-3 py-2">Top suspected condition</th>
            <th scope="col" className="px-3 py-2">Review</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={`border-t border-slate-200 ${!row.reviewed && PRESSING.has(row.disposition) ? "bg-red-50/60" : ""}`}>
              <td className="px-3 py-2">
                <DispositionBadge disposition={row.disposition} />
                {row.disposition !== row.computedDisposition ? <span className="ml-1 text-xs text-slate-700">(overridden)</span> : null}
              </td>
              <td className="px-3 py-2">
                <Link href={`/staff/cases/${row.id}`} className="inline-flex min-h-6 items-center font-semibold text-brand-800 underline">
                  {row.patientName}
                </Link>
              </td>
              <td className="px-3 py-2">
                {formatShortWhen(row.startsAt, timeZone)}
                <span className="block text-xs text-slate-700">
                  {row.therapistName}
                  {row.bookingStatus === "cancelled" ? " · booking cancelled" : ""}
                </span>
              </td>
              <td className="px-3 py-2">{regionLabel(row.region)}</td>
              <td className="px-3 py-2">{row.topCondition ? conditionName(row.topCondition) : "—"}</td>
              <td className="px-3 py-2">
                <ReviewState row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
