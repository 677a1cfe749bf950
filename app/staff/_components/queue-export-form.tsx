import type { QueueFilters } from "@/lib/staff/queue-filters";

/** The CSV of the filtered queue (admins): a plain GET, so the browser downloads the file. */
export function QueueExportForm({ filters }: { filters: QueueFilters }) {
  return (
    <form method="get" action="/staff/export" className="flex flex-wrap items-center gap-3">
      {Object.entries(filters).map(([key, value]) =>
        key !== "after" && value ? <input key={key} type="hidden" name={key} value={value} /> : null,
      )}
      <label className="inline-flex min-h-11 items-center gap-2 text-sm text-slate-900">
        <input type="checkbox" name="text" value="1" className="size-5" />
        Include free-text answers
      </label>
      <button
        type="submit"
        className="inline-flex min-h-11 items-center rounded-lg border border-slate-400 bg-white px-4 font-semibold text-slate-900 hover:border-brand-700"
      >
        Export CSV
      </button>
    </form>
  );
}
