import type { AuditEventRow } from "@/lib/staff/data/audit";

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
      <table className="w-full min-w-[60rem] text-left text-sm">
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
                <span className="block">{e.subjectName ? `${e.subjectType}: ${e.subjectName}` : e.subjectType}</span>
                <span className="block font-mono text-xs break-all text-slate-700">{e.subjectId}</span>
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
