import type { Metadata } from "next";
import Link from "next/link";

import { requireStaff } from "@/lib/auth/require-staff";
import { listTherapists } from "@/lib/booking/data";
import { getClinic } from "@/lib/clinic/data";
import { formatShortWhen, zoneLabel } from "@/lib/booking/format";
import { REGION_LABELS, type Region } from "@/lib/intake/regions";
import { conditionName } from "@/lib/staff/case-answers";
import type { QueueRow } from "@/lib/staff/data/queue";
import { listQueue } from "@/lib/staff/data/queue";
import { filtersToSearch, queueFiltersSchema } from "@/lib/staff/queue-filters";
import { LEVELS } from "@/lib/triage/rule-types";

import { DispositionBadge } from "./_components/disposition-badge";
import { QueueFiltersForm } from "./_components/queue-filters-form";
import { QueueTable, type QueueRowView } from "./_components/queue-table";

export const metadata: Metadata = { title: "Triage queue" };

function rowView(row: QueueRow, timeZone: string): QueueRowView {
  return {
    id: row.id,
    disposition: row.disposition,
    overridden: row.disposition !== row.computedDisposition,
    reviewed: row.reviewed,
    patientName: row.patientName,
    when: formatShortWhen(row.startsAt, timeZone),
    therapist: row.bookingStatus === "cancelled" ? `${row.therapistName} · booking cancelled` : row.therapistName,
    region: row.region ? (REGION_LABELS[row.region as Region] ?? row.region) : "—",
    condition: row.topCondition ? conditionName(row.topCondition) : null,
  };
}

export default async function QueuePage({ searchParams }: PageProps<"/staff">) {
  const actor = await requireStaff();
  const filters = queueFiltersSchema.parse(await searchParams);
  const [queue, clinic, therapists] = await Promise.all([
    listQueue(actor, filters),
    getClinic(),
    actor.role === "admin" ? listTherapists() : Promise.resolve(null),
  ]);
  const count = (level: (typeof LEVELS)[number]) => queue.counts.find((c) => c.disposition === level) ?? { total: 0, unreviewed: 0 };

  return (
    <div className="mx-auto max-w-7xl px-4 py-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-slate-900">Triage queue</h1>
          <p className="text-slate-700">
            {actor.role === "admin" ? "Submitted questionnaires for every therapist" : "Submitted questionnaires for your appointments"}, most
            pressing first. Times are {zoneLabel(clinic.timeZone)}.
          </p>
        </div>
        {actor.role === "admin" ? (
          <form method="get" action="/staff/export" className="flex flex-wrap items-center gap-3">
            {Object.entries(filters).map(([key, value]) => (key !== "after" && value ? <input key={key} type="hidden" name={key} value={value} /> : null))}
            <label className="inline-flex min-h-11 items-center gap-2 text-sm text-slate-900">
              <input type="checkbox" name="text" value="1" className="size-5" />
              Include free-text answers
            </label>
            <button type="submit" className="inline-flex min-h-11 items-center rounded-lg border border-slate-400 bg-white px-4 font-semibold text-slate-900 hover:border-brand-700">
              Export CSV
            </button>
          </form>
        ) : null}
      </div>

      <section aria-labelledby="counts" className="mt-4">
        <h2 id="counts" className="sr-only">
          Cases by disposition
        </h2>
        <ul className="flex flex-wrap gap-2">
          {LEVELS.map((level) => {
            const { total, unreviewed } = count(level);
            return (
              <li key={level}>
                <Link
                  href={`/staff${filtersToSearch(filters, { disposition: level })}`}
                  aria-current={filters.disposition === level ? "true" : undefined}
                  className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 no-underline hover:border-brand-700 aria-[current]:border-brand-700 aria-[current]:ring-2 aria-[current]:ring-brand-700"
                >
                  <DispositionBadge disposition={level} />
                  <span className="text-slate-900">
                    <strong>{total}</strong> <span className="text-sm">({unreviewed} not reviewed)</span>
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      </section>

      <div className="mt-4">
        <QueueFiltersForm filters={filters} therapists={therapists} />
        {!therapists ? <p className="mt-2 text-sm text-slate-700">You see the cases of your own appointments.</p> : null}
      </div>

      <section aria-labelledby="cases" className="mt-6">
        <h2 id="cases" className="sr-only">
          Cases
        </h2>
        <QueueTable rows={queue.rows.map((row) => rowView(row, clinic.timeZone))} />
        <nav aria-label="Pages" className="mt-4 flex gap-4">
          {filters.after ? (
            <Link href={`/staff${filtersToSearch(filters)}`} className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
              First page
            </Link>
          ) : null}
          {queue.next ? (
            <Link href={`/staff${filtersToSearch(filters, { after: queue.next })}`} className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
              Next 50 cases
            </Link>
          ) : null}
        </nav>
      </section>
    </div>
  );
}
