import type { Metadata } from "next";

import { requireStaff } from "@/lib/auth/require-staff";
import { formatShortWhen, formatTime } from "@/lib/booking/format";
import { dateInWords } from "@/lib/calendar/dates";
import { getClinic } from "@/lib/clinic/data";
import { readWaitlist, type WaitlistRow } from "@/lib/waitlist/data/staff-view";

export const metadata: Metadata = { title: "Waitlist" };

const th = "px-3 py-2 text-left";
const td = "px-3 py-2 align-top";

/** Who is waiting, per appointment type and therapist, in the order free times are offered. */
export default async function WaitlistPage() {
  const actor = await requireStaff();
  const [clinic, rows] = await Promise.all([getClinic(), readWaitlist(actor)]);
  const zone = clinic.timeZone;
  const groups = new Map<string, WaitlistRow[]>();
  for (const row of rows) {
    const key = `${row.typeName} · ${row.therapistName ?? "Any therapist"}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const dates = (r: WaitlistRow) =>
    r.from === r.to ? dateInWords(r.from) : `${dateInWords(r.from)} to ${dateInWords(r.to)}`;
  return (
    <div className="mx-auto max-w-7xl px-4 py-8">
      <h1 className="text-3xl font-bold text-slate-900">Waitlist</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        {actor.role === "admin"
          ? "Everyone waiting for a time, by appointment type and therapist."
          : "Patients waiting for a time with you or with any therapist."}{" "}
        When a time comes free, the first person waiting whose dates it suits is e-mailed and the time is held for them
        for 30 minutes; then it goes to the next.
      </p>
      {groups.size === 0 ? (
        <p className="mt-8 text-lg text-slate-700">Nobody is waiting.</p>
      ) : (
        [...groups].map(([title, list], index) => (
          <div
            key={title}
            role="region"
            aria-labelledby={`waitlist-${index}`}
            tabIndex={0}
            className="mt-8 overflow-x-auto rounded-xl border border-slate-200 bg-white"
          >
            <table className="w-full min-w-[40rem] text-sm">
              <caption id={`waitlist-${index}`} className="px-4 pt-3 text-left text-lg font-semibold text-slate-900">
                {title} ({list.length} waiting)
              </caption>
              <thead className="border-b border-slate-200 text-slate-700">
                <tr>
                  <th scope="col" className={th}>
                    Patient
                  </th>
                  <th scope="col" className={th}>
                    Phone
                  </th>
                  <th scope="col" className={th}>
                    Dates
                  </th>
                  <th scope="col" className={th}>
                    Joined
                  </th>
                  <th scope="col" className={th}>
                    Time held now
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((r) => (
                  <tr key={r.entryId} className="border-b border-slate-100 last:border-0">
                    <td className={`${td} font-semibold text-slate-900`}>{r.patientName}</td>
                    <td className={td}>{r.phone}</td>
                    <td className={td}>{dates(r)}</td>
                    <td className={td}>{formatShortWhen(r.joinedAt, zone)}</td>
                    <td className={td}>
                      {r.offer
                        ? `${formatShortWhen(r.offer.startsAt, zone)} with ${r.offer.therapistName}, until ${formatTime(r.offer.heldUntil, zone)}`
                        : "None"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))
      )}
    </div>
  );
}
