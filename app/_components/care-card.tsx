import type { Ref } from "react";

import { telHref } from "@/lib/clinic/contact";
import { CARE_WORDS } from "@/lib/intake/outcome-words";

interface Props {
  level: "emergency" | "urgent";
  /** Plain-English reasons, one sentence each (from the triage rules' patient wording). */
  reasons: readonly string[];
  /** What to do until they have been checked, one sentence each (the rules' patient advice). */
  advice?: readonly string[];
  clinicPhone: string;
  /** For moving focus to the heading when the card appears in place of a form. */
  headingRef?: Ref<HTMLHeadingElement>;
  children?: React.ReactNode;
}

const CONTENT = {
  emergency: {
    ...CARE_WORDS.emergency,
    tell: "Tell them what you told us:",
    box: "border-red-700 bg-red-50",
    icon: "M12 3 2 21h20L12 3Zm0 6v5m0 3v.5",
    iconColour: "text-red-700",
  },
  urgent: {
    ...CARE_WORDS.urgent,
    tell: "Why:",
    box: "border-orange-600 bg-orange-50",
    icon: "M12 8v5m0 3v.5M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Z",
    iconColour: "text-orange-700",
  },
} as const;

/**
 * The care card: what to do now, why, and what to tell them, before anything
 * else on the page. Colour, icon and words together, never colour alone.
 */
export function CareCard({ level, reasons, advice = [], clinicPhone, headingRef, children }: Props) {
  const c = CONTENT[level];
  return (
    <section
      aria-labelledby="care-heading"
      role="alert"
      className={`rounded-2xl border-4 p-6 text-slate-900 ${c.box}`}
      data-testid={`care-card-${level}`}
    >
      <div className="flex items-start gap-3">
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className={`mt-1 size-9 shrink-0 ${c.iconColour}`}
          fill="none"
          stroke="currentColor"
          strokeWidth="2.2"
          strokeLinecap="round"
        >
          <path d={c.icon} />
        </svg>
        <h1 id="care-heading" ref={headingRef} tabIndex={-1} className="text-3xl font-bold outline-none">
          {c.heading}
        </h1>
      </div>
      <p className="mt-4 text-lg">{c.lead}</p>
      {reasons.length > 0 && (
        <>
          <p className="mt-4 font-semibold">{c.tell}</p>
          <ul className="mt-1 list-disc space-y-1 pl-6 text-lg">
            {reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </>
      )}
      {advice.map((line) => (
        <p key={line} className="mt-4 text-lg font-semibold">
          {line}
        </p>
      ))}
      {level === "emergency" ? (
        <p className="mt-6">
          <a
            href="tel:999"
            className="inline-flex min-h-14 items-center rounded-xl bg-red-700 px-6 text-xl font-bold text-white"
          >
            Call 999
          </a>
        </p>
      ) : (
        <div className="mt-6 space-y-2 text-lg">
          <p>You can go to:</p>
          <ul className="list-disc space-y-1 pl-6">
            <li>your GP surgery (ask for an appointment today)</li>
            <li>an urgent treatment centre or minor injuries unit</li>
            <li>
              NHS 111 if you are not sure where to go:{" "}
              <a href="tel:111" className="font-semibold text-brand-800 underline">
                call 111
              </a>
            </li>
          </ul>
        </div>
      )}
      <p className="mt-6">
        Questions about your appointment? Call the clinic on{" "}
        <a href={telHref(clinicPhone)} className="font-semibold text-brand-800 underline">
          {clinicPhone}
        </a>
        .
      </p>
      {children}
    </section>
  );
}
