import { patientReasonFor, type RuleId } from "@/lib/triage/rules";

export interface PatientOutcome {
  disposition: "emergency" | "urgent" | "soon" | "routine";
  /** Patient-facing reasons of the emergency or urgent flags (never suspected conditions). */
  reasons: string[];
}

/** What the patient is told about a stored result: the level and the plain reasons behind it. */
export function outcomeFor(disposition: PatientOutcome["disposition"], flagIds: string[]): PatientOutcome {
  const shown = disposition === "emergency" || disposition === "urgent";
  return {
    disposition,
    reasons: shown
      ? flagIds
          .filter((id) => id.startsWith(disposition === "emergency" ? "E" : "U"))
          .map((id) => patientReasonFor(id as RuleId))
      : [],
  };
}
