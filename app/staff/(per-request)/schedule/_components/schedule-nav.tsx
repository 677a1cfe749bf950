import Link from "next/link";

import type { ScheduleView } from "@/lib/staff/schedule-range";
import { scheduleHref } from "@/lib/staff/schedule-schemas";

const linkClass =
  "inline-flex min-h-11 items-center rounded-lg border border-slate-400 bg-white px-4 font-semibold text-slate-900 no-underline hover:border-brand-700 aria-[current]:border-brand-700 aria-[current]:bg-brand-50 aria-[current]:text-brand-900 aria-[current]:ring-2 aria-[current]:ring-brand-700";

interface Props {
  view: ScheduleView;
  date: string;
  today: string;
  previous: string;
  next: string;
  therapist: string | undefined;
}

/** Day or week, and back and forward: plain links, so every view has its own URL. */
export function ScheduleNav({ view, date, today, previous, next, therapist }: Props) {
  const unit = view === "week" ? "week" : "day";
  return (
    <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
      <nav aria-label="Day or week">
        <ul className="flex gap-2">
          {(["day", "week"] as const).map((v) => (
            <li key={v}>
              <Link
                href={scheduleHref({ view: v, date, therapist })}
                aria-current={view === v ? "page" : undefined}
                className={linkClass}
              >
                {v === "day" ? "Day" : "Week"}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label={`Previous or next ${unit}`}>
        <ul className="flex flex-wrap gap-2">
          <li>
            <Link href={scheduleHref({ view, date: previous, therapist })} className={linkClass}>
              <span aria-hidden="true">←&nbsp;</span>Previous {unit}
            </Link>
          </li>
          <li>
            <Link href={scheduleHref({ view, date: today, therapist })} className={linkClass}>
              {view === "week" ? "This week" : "Today"}
            </Link>
          </li>
          <li>
            <Link href={scheduleHref({ view, date: next, therapist })} className={linkClass}>
              Next {unit}
              <span aria-hidden="true">&nbsp;→</span>
            </Link>
          </li>
        </ul>
      </nav>
    </div>
  );
}
