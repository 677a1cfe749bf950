import type { Condition } from "@/lib/content/conditions";
import { RED_FLAG_LEVELS } from "@/lib/triage/red-flags";

/** The "get urgent help if…" box: emergency signs first, then same-day ones. */
export function UrgentHelp({ items }: { items: Condition["urgentHelp"] }) {
  const emergency = items.filter((item) => RED_FLAG_LEVELS[item.flag] === "emergency");
  const urgent = items.filter((item) => RED_FLAG_LEVELS[item.flag] === "urgent");
  return (
    <section
      aria-labelledby="urgent-help-heading"
      className="mt-8 rounded-xl border-2 border-red-700 bg-red-50 p-5 sm:p-6"
      data-testid="urgent-help"
    >
      <h2 id="urgent-help-heading" className="flex items-center gap-2 text-xl font-bold text-red-900">
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-6 shrink-0"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M12 3 2 21h20L12 3Z" />
          <path d="M12 10v5M12 18h.01" />
        </svg>
        Get urgent help if…
      </h2>
      {emergency.length > 0 && (
        <>
          <p className="mt-4 font-semibold text-red-900">Call 999 or go to A&amp;E now if:</p>
          <ul className="mt-2 list-disc space-y-1.5 pl-6 text-slate-900">
            {emergency.map((item) => (
              <li key={item.flag}>{item.text}</li>
            ))}
          </ul>
        </>
      )}
      {urgent.length > 0 && (
        <>
          <p className="mt-4 font-semibold text-red-900">
            Get seen today by a GP, an urgent treatment centre or a minor injuries unit, or call NHS 111, if:
          </p>
          <ul className="mt-2 list-disc space-y-1.5 pl-6 text-slate-900">
            {urgent.map((item) => (
              <li key={item.flag}>{item.text}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
