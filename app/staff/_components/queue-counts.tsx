import Link from "next/link";

import type { DispositionCount } from "@/lib/staff/data/queue";
import { filtersToSearch, type QueueFilters } from "@/lib/staff/queue-filters";
import { LEVELS } from "@/lib/triage/rule-types";

import { DispositionBadge } from "./disposition-badge";

/** Cases per disposition under the other filters; each count opens that disposition's view. */
export function QueueCounts({ counts, filters }: { counts: DispositionCount[]; filters: QueueFilters }) {
  const count = (level: (typeof LEVELS)[number]) =>
    counts.find((c) => c.disposition === level) ?? { total: 0, unreviewed: 0 };
  return (
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
  );
}
