import type { ScheduleView } from "@/lib/staff/schedule-range";

/** Admins only: a plain GET form, so whose schedule is in the URL. */
export function TherapistPicker({
  therapists,
  selected,
  view,
  date,
}: {
  therapists: { id: string; displayName: string }[];
  selected: string | undefined;
  view: ScheduleView;
  date: string;
}) {
  return (
    <form
      method="get"
      action="/staff/schedule"
      aria-label="Choose whose schedule"
      className="flex flex-wrap items-end gap-3"
    >
      <input type="hidden" name="view" value={view} />
      <input type="hidden" name="date" value={date} />
      <label className="text-sm font-semibold text-slate-900">
        Therapist
        <select
          name="therapist"
          defaultValue={selected ?? ""}
          className="mt-1 block min-h-11 w-full min-w-56 rounded-lg border border-slate-400 bg-white px-2 text-base"
        >
          {therapists.map((t) => (
            <option key={t.id} value={t.id}>
              {t.displayName}
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
      >
        Show schedule
      </button>
    </form>
  );
}
