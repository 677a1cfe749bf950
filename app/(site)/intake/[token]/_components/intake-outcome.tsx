import { CareCard } from "@/app/_components/care-card";
import type { PatientOutcome } from "@/lib/intake/outcome";

export interface Appointment {
  when: string;
  typeName: string;
  therapistName: string;
}

/**
 * What the patient sees once their answers are in: an emergency or urgent
 * card first when their answers call for it, otherwise thanks and their
 * appointment. Suspected conditions are never shown to patients.
 */
export function IntakeOutcome({
  outcome,
  appointment,
  clinicPhone,
}: {
  outcome: PatientOutcome;
  appointment: Appointment;
  clinicPhone: string;
}) {
  const thanks = (
    <div
      className="mt-8 rounded-xl border-2 border-green-700 bg-green-50 p-5 text-slate-900"
      data-testid="intake-thanks"
    >
      <h2 className="text-2xl font-bold">Thank you: your answers are with the clinic</h2>
      <p className="mt-2 text-lg">
        Your {appointment.typeName.toLowerCase()} with {appointment.therapistName} is on {appointment.when}. Your
        therapist will read your answers before you arrive.
      </p>
    </div>
  );
  if (outcome.disposition === "emergency" || outcome.disposition === "urgent") {
    return (
      <div className="mt-6">
        <CareCard level={outcome.disposition} reasons={outcome.reasons} clinicPhone={clinicPhone} />
        {outcome.disposition === "urgent" && thanks}
      </div>
    );
  }
  return thanks;
}
