import { factsOf } from "@/lib/triage/facts";
import { patientAdviceFor, patientReasonFor, type RuleId } from "@/lib/triage/rules";

import type { IntakeAnswers } from "./questionnaire";
import type { IntakeClock } from "./visibility";

export interface PatientOutcome {
  disposition: "emergency" | "urgent" | "soon" | "routine";
  /** Patient-facing reasons of the emergency or urgent flags (never suspected conditions). */
  reasons: string[];
  /** What to do until they have been checked, from those flags (e.g. "Stop running …"). */
  advice: string[];
}

/**
 * What the patient is told about a result: the level and the plain reasons behind it,
 * worded from the answers that fired each rule. `clock` is the one the answers were
 * triaged with (the submission time for a stored result), so ages read the same.
 */
export function outcomeFor(
  disposition: PatientOutcome["disposition"],
  flagIds: readonly string[],
  answers: Partial<IntakeAnswers>,
  clock: IntakeClock,
): PatientOutcome {
  if (disposition !== "emergency" && disposition !== "urgent") return { disposition, reasons: [], advice: [] };
  const facts = factsOf(answers as IntakeAnswers, clock);
  const shown = flagIds.filter((id) => id.startsWith(disposition === "emergency" ? "E" : "U")) as RuleId[];
  return {
    disposition,
    reasons: shown.map((id) => patientReasonFor(id, facts)),
    advice: shown.flatMap((id) => patientAdviceFor(id) ?? []),
  };
}
