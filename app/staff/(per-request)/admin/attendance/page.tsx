import type { Metadata } from "next";

import { requireStaff } from "@/lib/auth/require-staff";
import { clinicTotals, missedRate, monthInWords, percent, type AttendanceRow } from "@/lib/staff/attendance";
import { attendanceReport } from "@/lib/staff/data/attendance";

import { AdminPage } from "../_components/admin-page";
import { MissedChart } from "./_components/missed-chart";

export const metadata: Metadata = { title: "Attendance" };

const cell = "px-3 py-2 text-right tabular-nums";

export default async function AttendancePage() {
  const actor = await requireStaff({ role: "admin" });
  const rows = await attendanceReport(actor);
  const totals = clinicTotals(rows);
  return (
    <AdminPage
      title="Attendance"
      intro="Appointments due in the last 12 months, and how many were missed (no-shows) or cancelled inside the cut-off. Mark them on the schedule; cancellations in good time are not counted."
    >
      {totals.length === 0 ? (
        <p className="text-slate-700">No appointments have been due yet.</p>
      ) : (
        <>
          <MissedChart totals={totals} />
          <div
            role="region"
            aria-labelledby="attendance-caption"
            tabIndex={0}
            className="mt-6 overflow-x-auto rounded-xl border border-slate-200 bg-white"
          >
            <table className="w-full min-w-[36rem] text-sm">
              <caption id="attendance-caption" className="px-4 pt-3 text-left text-base font-semibold text-slate-900">
                By month and therapist
              </caption>
              <thead className="border-b border-slate-200 text-slate-700">
                <tr>
                  <th scope="col" className="px-3 py-2 text-left">
                    Month
                  </th>
                  <th scope="col" className="px-3 py-2 text-left">
                    Therapist
                  </th>
                  <th scope="col" className={cell}>
                    Appointments
                  </th>
                  <th scope="col" className={cell}>
                    No-shows
                  </th>
                  <th scope="col" className={cell}>
                    Cancelled late
                  </th>
                  <th scope="col" className={cell}>
                    Missed
                  </th>
                </tr>
              </thead>
              <tbody>
                {totals.map((total) => (
                  <MonthRows key={total.month} total={total} rows={rows.filter((r) => r.month === total.month)} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </AdminPage>
  );
}

function MonthRows({ total, rows }: { total: AttendanceRow; rows: AttendanceRow[] }) {
  return (
    <>
      {[total, ...rows].map((row, i) => (
        <tr
          key={`${row.month}-${row.therapistName}-${i}`}
          className={i === 0 ? "border-t border-slate-300 bg-slate-50 font-semibold" : "border-t border-slate-100"}
          data-testid={i === 0 ? "attendance-month" : undefined}
        >
          {i === 0 ? (
            <th scope="rowgroup" rowSpan={rows.length + 1} className="px-3 py-2 text-left align-top">
              {monthInWords(row.month)}
            </th>
          ) : null}
          <td className="px-3 py-2">{row.therapistName}</td>
          <td className={cell}>{row.appointments}</td>
          <td className={cell}>{row.noShows}</td>
          <td className={cell}>{row.lateCancellations}</td>
          <td className={cell}>{percent(missedRate(row))}</td>
        </tr>
      ))}
    </>
  );
}
