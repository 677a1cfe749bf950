"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import useSWR from "swr";

import { zoneLabel } from "@/lib/booking/format";
import { filtersToSearch, queueFiltersSchema, type QueueFilters } from "@/lib/staff/queue-filters";
import type { QueueView } from "@/lib/staff/queue-view";

import { NewCasesNotice } from "./new-cases-notice";
import { QueueCounts } from "./queue-counts";
import { QueueExportForm } from "./queue-export-form";
import { QueueFiltersForm } from "./queue-filters-form";
import { QueueFrame, QueueLoading } from "./queue-frame";
import { QueueTable } from "./queue-table";

/**
 * The data route answers a signed-out, revoked or idle session with a redirect
 * to the sign-in page (or to the password page); the screen follows it, and
 * asks to come back to this view afterwards.
 */
async function fetchQueue(url: string): Promise<QueueView> {
  const response = await fetch(url, { headers: { accept: "application/json" }, cache: "no-store" });
  if (response.redirected) {
    const target = new URL(response.url);
    if (target.pathname === "/staff/login")
      target.searchParams.set("next", `${window.location.pathname}${window.location.search}`);
    window.location.assign(target.toString());
    return new Promise<never>(() => {}); // The page is being replaced.
  }
  if (!response.ok) throw new Error(`The queue answered ${response.status}`);
  return (await response.json()) as QueueView;
}

/** What the static page knows without a session: the same for every viewer. */
export interface QueueSettings {
  clinicName: string;
  timeZone: string;
  therapists: { id: string; displayName: string }[];
}

export function QueueScreen({ settings }: { settings: QueueSettings }) {
  const searchParams = useSearchParams();
  const filters = queueFiltersSchema.parse(Object.fromEntries(searchParams));
  const { data, error, isValidating, mutate } = useSWR(
    `/staff/api/queue${filtersToSearch(filters, { after: filters.after })}`,
    fetchQueue,
    {
      // Every fetch is an audited view of health data: only when the view changes or the user asks.
      keepPreviousData: true,
      revalidateOnFocus: false,
      revalidateOnReconnect: false,
    },
  );

  return (
    <QueueFrame clinicName={settings.clinicName} staff={data?.viewer ?? null}>
      {data ? (
        <QueueBody
          onShowNew={() => void mutate()}
          view={data}
          settings={settings}
          filters={filters}
          formKey={searchParams.toString()}
          updating={isValidating}
        />
      ) : error ? null : (
        <QueueLoading />
      )}
      {error ? (
        <div role="alert" className="mt-4 rounded-xl border-2 border-red-700 bg-white p-4">
          <p className="font-semibold text-slate-900">
            The queue could not be loaded. Check your connection, then try again.
          </p>
          <button
            type="button"
            onClick={() => void mutate()}
            className="mt-3 inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
          >
            Try again
          </button>
        </div>
      ) : null}
    </QueueFrame>
  );
}

interface BodyProps {
  view: QueueView;
  settings: QueueSettings;
  filters: QueueFilters;
  /** Remounts the filter form when the URL changes, so its fields show the view's filters. */
  formKey: string;
  updating: boolean;
  onShowNew: () => void;
}

function QueueBody({ view, settings, filters, formKey, updating, onShowNew }: BodyProps) {
  const admin = view.viewer.role === "admin";
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <p className="text-slate-700">
          {admin ? "Submitted questionnaires for every therapist" : "Submitted questionnaires for your appointments"},
          most pressing first. Times are {zoneLabel(settings.timeZone)}.
        </p>
        {admin ? <QueueExportForm filters={filters} /> : null}
      </div>

      <NewCasesNotice since={view.loadedAt} onShow={onShowNew} />
      <QueueCounts counts={view.counts} filters={filters} />

      <div className="mt-4">
        <QueueFiltersForm key={formKey} filters={filters} therapists={admin ? settings.therapists : null} />
        {!admin ? <p className="mt-2 text-sm text-slate-700">You see the cases of your own appointments.</p> : null}
      </div>

      <section aria-labelledby="cases" aria-busy={updating} className="mt-3">
        <h2 id="cases" className="sr-only">
          Cases
        </h2>
        <p role="status" className="mb-1 min-h-6 text-sm text-slate-700">
          {updating ? "Updating the cases…" : ""}
        </p>
        <QueueTable rows={view.rows} timeZone={settings.timeZone} />
        <nav aria-label="Pages" className="mt-4 flex gap-4">
          {filters.after ? (
            <Link
              href={`/staff${filtersToSearch(filters)}`}
              className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline"
            >
              First page
            </Link>
          ) : null}
          {view.next ? (
            <Link
              href={`/staff${filtersToSearch(filters, { after: view.next })}`}
              className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline"
            >
              Next 50 cases
            </Link>
          ) : null}
        </nav>
      </section>
    </>
  );
}
