import Link from "next/link";

import type { AuditEventRow } from "@/lib/staff/data/audit";

/** Subject types as people say them; anything new shows its code. */
const SUBJECT_TYPE: Record<string, string> = {
  intake: "Case",
  booking: "Booking",
  staff_user: "Staff member",
  therapist: "Therapist",
  appointment_type: "Appointment type",
  clinic: "Clinic",
  queue: "Queue",
  audit: "Audit log",
  patient: "Patient",
};

function Subject({ event }: { event: AuditEventRow }) {
  const type = SUBJECT_TYPE[event.subjectType] ?? event.subjectType;
  if (!event.subjectName) return <span className="block">{type}</span>;
  return (
    <span className="block">
      {type}:{" "}
      {event.subjectHref ? (
        <Link
          href={event.subjectHref}
          className="inline-flex min-h-6 items-center font-semibold text-brand-800 underline"
        >
          {event.subjectName}
        </Link>
      ) : (
        <span className="font-semibold">{event.subjectName}</span>
      )}
    </span>
  );
}

/** The events as a table that scrolls sideways inside its box on a phone. */
export function AuditTable({ events, timeZone }: { events: AuditEventRow[]; timeZone: string }) {
  const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone });
  if (events.length === 0) return <p className="mt-6 text-slate-700">No events match these filters.</p>;
  return (
    <div
      role="region"
      aria-labelledby="audit-caption"
      tabIndex={0}
      className="relative mt-6 overflow-x-auto rounded-xl border border-slate-200 bg-white"
    >
      <table className="w-full min-w-[72rem] text-left text-sm">
        <caption id="audit-caption" className="px-4 pt-3 text-left text-base font-semibold text-slate-900">
          Audit events, newest first (times in {timeZone})
        </caption>
        <thead className="border-b border-slate-200 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              Time
            </th>
            <th scope="col" className="px-3 py-2">
              Who
            </th>
            <th scope="col" className="px-3 py-2">
              Action
            </th>
            <th scope="col" className="px-3 py-2">
              Subject
            </th>
            <th scope="col" className="px-3 py-2">
              Details
            </th>
            <th scope="col" className="px-3 py-2">
              IP address
            </th>
            <th scope="col" className="px-3 py-2">
              Browser
            </th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id} className="border-b border-slate-100 align-top last:border-0" data-testid="audit-row">
              <td className="px-3 py-2 whitespace-nowrap">
                <time dateTime={e.occurredAt.toISOString()}>{when.format(e.occurredAt)}</time>
              </td>
              <td className="px-3 py-2">{e.actorName ?? "System"}</td>
              <td className="px-3 py-2 font-mono">{e.action}</td>
              <td className="px-3 py-2">
                <Subject event={e} />
                <span className="block font-mono text-xs break-all text-slate-700">{e.subjectId}</span>
              </td>
              <td className="max-w-xs px-3 py-2">
                {e.details.length ? (
                  <dl>
                    {e.details.map((d) => (
                      <div key={d.label}>
                        <dt className="inline font-semibold">{d.label}:</dt>{" "}
                        <dd className="inline break-words">{d.value}</dd>
                      </div>
                    ))}
                  </dl>
                ) : (
                  "–"
                )}
              </td>
              <td className="px-3 py-2 font-mono">{e.ip ?? "–"}</td>
              <td className="max-w-xs px-3 py-2 text-xs break-words text-slate-700">{e.userAgent ?? "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
