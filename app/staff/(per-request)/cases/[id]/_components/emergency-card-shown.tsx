import { formatWhen, zoneLabel } from "@/lib/booking/format";
import { SECTIONS } from "@/lib/intake/questionnaire";
import type { CaseView } from "@/lib/staff/data/case";

/**
 * When the patient was told to call 999 or go to A&E: during the questionnaire (as
 * soon as their answers called for it, with the step) or on sending their answers.
 */
export function EmergencyCardShown({ card, timeZone }: { card: CaseView["emergencyCard"]; timeZone: string }) {
  if (!card) return null;
  const section = SECTIONS.find((s) => s.id === card.step);
  const where = section
    ? `during the questionnaire (step ${section.id}, ${section.title})`
    : "when they sent their answers";
  const when = `${formatWhen(card.at, timeZone)} (${zoneLabel(timeZone)})`;
  return (
    <p
      className="mt-6 rounded-xl border-l-4 border-red-700 bg-red-50 p-4 text-slate-900"
      data-testid="emergency-card-shown"
    >
      <strong>Emergency advice shown to the patient</strong> on {when}, {where}. Flags named: {card.rules.join(", ")}.
    </p>
  );
}
