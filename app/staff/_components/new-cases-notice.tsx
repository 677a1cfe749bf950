"use client";

import useSWR from "swr";

import { countOf } from "@/lib/english";

async function fetchCount(url: string): Promise<number> {
  const response = await fetch(url, { headers: { accept: "application/json" }, cache: "no-store" });
  // Signed out meanwhile: the queue's own next load takes the user to the sign-in page.
  if (!response.ok || response.redirected) return 0;
  return ((await response.json()) as { count: number }).count;
}

/**
 * "1 new case needs review: show", when urgent or emergency cases arrived after the
 * shown rows were read. Asks every 30 s, and when the staff member comes back to the
 * tab; the count reads no case, so only "show" (the queue's own load) is audited.
 */
export function NewCasesNotice({ since, onShow }: { since: string; onShow: () => void }) {
  const { data: count } = useSWR(`/staff/api/queue/new?since=${encodeURIComponent(since)}`, fetchCount, {
    refreshInterval: 30_000,
    revalidateOnFocus: true,
  });
  return (
    <div role="status" className="min-h-0">
      {count ? (
        <p className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-xl border-2 border-orange-700 bg-orange-50 p-3 font-semibold text-slate-900">
          {countOf(count, "new case")} {count === 1 ? "needs" : "need"} review:
          <button
            type="button"
            onClick={onShow}
            className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 text-white hover:bg-brand-800"
          >
            show
          </button>
        </p>
      ) : null}
    </div>
  );
}
