"use client";

import { useEffect, useRef } from "react";

import { CareCard } from "@/app/_components/care-card";
import type { PatientOutcome } from "@/lib/intake/outcome";
import { THANK_YOU } from "@/lib/intake/outcome-words";

export interface Appointment {
  when: string;
  typeName: string;
  therapistName: string;
}

/** Moves the patient to the top of what just appeared: its heading on screen, focused and so announced. */
export function useShowFirst(heading: React.RefObject<HTMLElement | null>, when: boolean) {
  useEffect(() => {
    if (!when) return;
    window.scrollTo({ top: 0 });
    heading.current?.focus();
  }, [heading, when]);
}

/**
 * What the patient sees once their answers are in: an emergency or urgent card
 * first (heading on screen and focused, here as when they come back to the link),
 * then what it means for their appointment; otherwise thanks and their appointment.
 * Suspected conditions are never shown to patients.
 */
export function IntakeOutcome({
  outcome,
  appointment,
  clinicPhone,
  justSent = false,
}: {
  outcome: PatientOutcome;
  appointment: Appointment;
  clinicPhone: string;
  /** Just sent on this page (not opened again later): a thank-you is focused as a card is. */
  justSent?: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const level = outcome.disposition === "emergency" || outcome.disposition === "urgent" ? outcome.disposition : null;
  useShowFirst(heading, justSent || level !== null);
  const what = `${appointment.typeName.toLowerCase()} with ${appointment.therapistName} on ${appointment.when}`;

  if (!level) {
    // Just sent, the thank-you replaces the questionnaire and is the page's heading.
    const Heading = justSent ? "h1" : "h2";
    return (
      <div
        className={`${justSent ? "" : "mt-8"} rounded-xl border-2 border-green-700 bg-green-50 p-5 text-slate-900`}
        data-testid="intake-thanks"
      >
        <Heading ref={heading} tabIndex={-1} className="text-2xl font-bold outline-none">
          {THANK_YOU.heading}
        </Heading>
        <p className="mt-2 text-lg">
          Your {appointment.typeName.toLowerCase()} with {appointment.therapistName} is on {appointment.when}.{" "}
          {THANK_YOU.lead}
        </p>
      </div>
    );
  }
  return (
    <div>
      <CareCard
        level={level}
        reasons={outcome.reasons}
        advice={outcome.advice}
        clinicPhone={clinicPhone}
        headingRef={heading}
      />
      {level === "urgent" ? (
        <section
          aria-labelledby="appointment-heading"
          className="mt-6 rounded-xl border border-slate-300 p-5 text-slate-900"
          data-testid="intake-appointment"
        >
          <h2 id="appointment-heading" className="text-xl font-bold">
            Your physiotherapy appointment
          </h2>
          <p className="mt-2 text-lg">
            Your {what} is still booked: go to it only after you have been checked today. If the doctor or nurse says
            you should not come, call us on {clinicPhone} and we will change it.
          </p>
        </section>
      ) : (
        <p className="mt-6 text-lg text-slate-800" data-testid="intake-appointment">
          The clinic has your answers. Your {appointment.typeName.toLowerCase()} on {appointment.when} can wait: once
          you have been seen, call us on {clinicPhone} to keep it or change it.
        </p>
      )}
    </div>
  );
}
