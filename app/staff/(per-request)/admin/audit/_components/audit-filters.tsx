import Link from "next/link";

import type { AuditFilter } from "@/lib/staff/audit-filter";

const field = "mt-1 block min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 text-base";
const label = "block text-sm font-semibold text-slate-900";
const SUBJECT_TYPES = ["staff_user", "therapist", "appointment_type", "clinic", "intake", "booking", "queue", "audit"];

/** A plain GET form: the filters live in the URL, so a filtered view can be bookmarked and works without JavaScript. */
export function AuditFilters({
  filter,
  actors,
  actions,
}: {
  filter: AuditFilter;
  actors: { id: string; name: string }[];
  actions: readonly string[];
}) {
  return (
    <form
      method="get"
      action="/staff/admin/audit"
      className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-3"
    >
      <div>
        <label htmlFor="f-actor" className={label}>
          Who
        </label>
        <select id="f-actor" name="actor" defaultValue={filter.actor ?? ""} className={field}>
          <option value="">Anyone</option>
          {actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-action" className={label}>
          Action
        </label>
        <select id="f-action" name="action" defaultValue={filter.action ?? ""} className={field}>
          <option value="">Any action</option>
          {actions.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-subject-type" className={label}>
          Subject type
        </label>
        <select id="f-subject-type" name="subjectType" defaultValue={filter.subjectType ?? ""} className={field}>
          <option value="">Any subject</option>
          {SUBJECT_TYPES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-subject-id" className={label}>
          Subject id
        </label>
        <input
          id="f-subject-id"
          name="subjectId"
          defaultValue={filter.subjectId ?? ""}
          autoComplete="off"
          className={field}
        />
      </div>
      <div>
        <label htmlFor="f-from" className={label}>
          From (date)
        </label>
        <input id="f-from" name="from" type="date" defaultValue={filter.from ?? ""} className={field} />
      </div>
      <div>
        <label htmlFor="f-to" className={label}>
          To (date, included)
        </label>
        <input id="f-to" name="to" type="date" defaultValue={filter.to ?? ""} className={field} />
      </div>
      <div className="flex flex-wrap items-center gap-4 sm:col-span-3">
        <button
          type="submit"
          className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800"
        >
          Show events
        </button>
        <Link
          href="/staff/admin/audit"
          className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline"
        >
          Clear filters
        </Link>
      </div>
    </form>
  );
}
