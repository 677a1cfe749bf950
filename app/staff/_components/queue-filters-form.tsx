import Form from "next/form";
import Link from "next/link";

import { REGION_LABELS, REGIONS } from "@/lib/intake/regions";
import type { QueueFilters } from "@/lib/staff/queue-filters";
import { LEVELS } from "@/lib/triage/rule-types";

import { DISPOSITION_LABELS } from "./disposition-badge";

const selectClass = "mt-1 block min-h-11 w-full rounded-lg border border-slate-400 bg-white px-2 text-base";

interface Props {
  filters: QueueFilters;
  therapists: { id: string; displayName: string }[] | null;
}

/** The filters land in the URL (next/form: a GET form navigated in the app), so a view can be bookmarked and shared. */
export function QueueFiltersForm({ filters, therapists }: Props) {
  return (
    <Form
      action="/staff"
      aria-label="Filter the queue"
      className="grid grid-cols-2 gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-7"
    >
      <label className="text-sm font-semibold text-slate-900">
        Disposition
        <select name="disposition" defaultValue={filters.disposition ?? ""} className={selectClass}>
          <option value="">All</option>
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {DISPOSITION_LABELS[level]}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-semibold text-slate-900">
        Review
        <select name="reviewed" defaultValue={filters.reviewed ?? ""} className={selectClass}>
          <option value="">All</option>
          <option value="no">Not reviewed</option>
          <option value="yes">Reviewed</option>
        </select>
      </label>
      {therapists ? (
        <label className="text-sm font-semibold text-slate-900">
          Therapist
          <select name="therapist" defaultValue={filters.therapist ?? ""} className={selectClass}>
            <option value="">All</option>
            {therapists.map((t) => (
              <option key={t.id} value={t.id}>
                {t.displayName}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label className="text-sm font-semibold text-slate-900">
        Body region
        <select name="region" defaultValue={filters.region ?? ""} className={selectClass}>
          <option value="">All</option>
          {REGIONS.map((region) => (
            <option key={region} value={region}>
              {REGION_LABELS[region]}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-semibold text-slate-900">
        Appointments from
        <input type="date" name="from" defaultValue={filters.from ?? ""} className={selectClass} />
      </label>
      <label className="text-sm font-semibold text-slate-900">
        Appointments to
        <input type="date" name="to" defaultValue={filters.to ?? ""} className={selectClass} />
      </label>
      <div className="col-span-2 flex items-end gap-3 sm:col-span-3 lg:col-span-1">
        <button
          type="submit"
          className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          Apply
        </button>
        <Link href="/staff" className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
          Clear
        </Link>
      </div>
    </Form>
  );
}
