import Link from "next/link";

import { formatShortWhen } from "@/lib/booking/format";
import type { QueueRowView } from "@/lib/staff/queue-view";

import { DispositionBadge } from "./disposition-badge";

const PRESSING = new Set(["emergency", "urgent"]);

function ReviewState({ row }: { row: QueueRowView }) {
  if (row.reviewed) return <span className="text-slate-700">Reviewed</span>;
  // Unreviewed emergencies and urgents must stand out in words as well as colour.
  return PRESSING.has(row.disposition) ? (
    <strong className="text-red-800">Not reviewed: act now</strong>
  ) : (
    <span className="font-semibold text-slate-900">Not reviewed</span>
  );
}

// One markup for every screen: a table from `sm` up, a stack of cards below it.
// The explicit roles keep table semantics when CSS changes the display.
const cell = "px-3 py-2 max-sm:block max-sm:px-0 max-sm:py-0.5";

export function QueueTable({ rows, timeZone }: { rows: QueueRowView[]; timeZone: string }) {
  if (rows.length === 0) {
    return (
      <p className="rounded-xl border border-slate-200 bg-white p-6 text-slate-700">No cases match these filters.</p>
    );
  }
  return (
    <table
      role="table"
      className="w-full border-collapse text-left text-sm max-sm:block sm:overflow-hidden sm:rounded-xl sm:bg-white"
    >
      <caption className="sr-only">Cases, most pressing first, then by appointment time</caption>
      <thead role="rowgroup" className="bg-slate-100 text-slate-900 max-sm:sr-only">
        <tr role="row">
          <th role="columnheader" scope="col" className="px-3 py-2">
            Disposition
          </th>
          <th role="columnheader" scope="col" className="px-3 py-2">
            Patient
          </th>
          <th role="columnheader" scope="col" className="px-3 py-2">
            Appointment
          </th>
          <th role="columnheader" scope="col" className="px-3 py-2">
            Region
          </th>
          <th role="columnheader" scope="col" className="px-3 py-2">
            Top suspected condition
          </th>
          <th role="columnheader" scope="col" className="px-3 py-2">
            Review
          </th>
        </tr>
      </thead>
      <tbody role="rowgroup" className="max-sm:block max-sm:space-y-3">
        {rows.map((row) => {
          const pressing = !row.reviewed && PRESSING.has(row.disposition);
          return (
            <tr
              key={row.id}
              role="row"
              className={`max-sm:block max-sm:rounded-xl max-sm:border max-sm:bg-white max-sm:p-4 sm:border-t sm:border-slate-200 ${
                pressing
                  ? "bg-red-50/60 max-sm:border-l-8 max-sm:border-red-700 max-sm:bg-white"
                  : "max-sm:border-slate-200"
              }`}
            >
              <td role="cell" className={cell}>
                <DispositionBadge disposition={row.disposition} />
                {row.overridden ? <span className="ml-1 text-xs text-slate-700">(overridden)</span> : null}
              </td>
              <td role="cell" className={cell}>
                <Link
                  href={`/staff/cases/${row.id}`}
                  prefetch={false}
                  className="inline-flex min-h-6 items-center font-semibold text-brand-800 underline max-sm:min-h-11 max-sm:text-lg"
                >
                  {row.patientName}
                </Link>
              </td>
              <td role="cell" className={cell}>
                {formatShortWhen(new Date(row.startsAt), timeZone)}
                <span className="block text-xs text-slate-700 max-sm:inline max-sm:text-sm">
                  <span className="sm:hidden"> · </span>
                  {row.therapist}
                </span>
              </td>
              <td role="cell" className={cell}>
                {row.region}
              </td>
              <td role="cell" className={`${cell} ${row.condition ? "" : "max-sm:hidden"}`}>
                {row.condition ?? "—"}
              </td>
              <td role="cell" className={cell}>
                <ReviewState row={row} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
