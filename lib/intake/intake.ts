import "server-only";

import { hashToken, isWellFormedToken } from "@/lib/booking/tokens";
import { getClinic } from "@/lib/clinic/data";
import { RULES_VERSION } from "@/lib/triage/rules";
import { triage } from "@/lib/triage/triage";

import { CONSENT_TEXT_VERSION } from "./consent-text";
import { findIntakeByTokenHash, saveDraft, submitIntake, type IntakeView } from "./data";
import { QUESTIONNAIRE_VERSION } from "./questionnaire";
import { SECTION_IDS } from "./question-types";
import { outcomeFor, type PatientOutcome } from "./outcome";
import { validateIntake, type IntakeError } from "./schema";

/** The intake an intake link opens; null for a malformed, unknown or wrong token alike. */
export async function openIntake(token: string): Promise<IntakeView | null> {
  if (!isWellFormedToken(token)) return null;
  return findIntakeByTokenHash(hashToken(token));
}

const STEPS = [...SECTION_IDS, "review"] as const;

/** Saves a draft after a step. Refused once submitted, when cancelled, or for a wrong link. */
export async function saveDraftByToken(token: string, answers: unknown, step: string): Promise<{ ok: boolean }> {
  const intake = await openIntake(token);
  if (!intake || intake.bookingStatus === "cancelled" || intake.status === "submitted") return { ok: false };
  if (
    !STEPS.includes(step as (typeof STEPS)[number]) ||
    typeof answers !== "object" ||
    answers === null ||
    Array.isArray(answers)
  ) {
    return { ok: false };
  }
  // Drafts hold what the patient typed so far; the full check happens on submit.
  const json = JSON.stringify(answers);
  if (json.length > 50_000) return { ok: false };
  return {
    ok: await saveDraft(intake.bookingId, JSON.parse(json) as Record<string, unknown>, step, QUESTIONNAIRE_VERSION),
  };
}

export type SubmitOutcome =
  { ok: true; outcome: PatientOutcome } | { ok: false; errors: IntakeError[] } | { ok: false; closed: true };

/**
 * Validates the answers as of now, triages them, and stores answers, consent
 * and result together. Idempotent: a second submit returns the stored result.
 */
export async function submitByToken(token: string, raw: unknown, now = new Date()): Promise<SubmitOutcome> {
  const intake = await openIntake(token);
  if (!intake || intake.bookingStatus === "cancelled") return { ok: false, closed: true };
  if (intake.status === "submitted" && intake.disposition)
    return { ok: true, outcome: outcomeFor(intake.disposition, intake.flagIds) };
  const clock = { now, timeZone: (await getClinic()).timeZone };
  const checked = validateIntake(raw, clock);
  if (!checked.ok) return { ok: false, errors: [...checked.errors] };
  const result = triage(checked.answers, clock);
  const stored = await submitIntake(intake.bookingId, {
    answers: checked.answers as Record<string, unknown>,
    submittedAt: now,
    questionnaireVersion: QUESTIONNAIRE_VERSION,
    consentTextVersion: CONSENT_TEXT_VERSION,
    result: {
      ...result,
      flags: [...result.flags],
      suspected: [...result.suspected],
      scores: { ...result.scores },
      rulesVersion: RULES_VERSION,
    },
  });
  if (!stored) {
    // Someone (a double click) submitted first: answer with what was stored.
    const again = await openIntake(token);
    if (again?.disposition) return { ok: true, outcome: outcomeFor(again.disposition, again.flagIds) };
    return { ok: false, closed: true };
  }
  return {
    ok: true,
    outcome: outcomeFor(
      result.disposition,
      result.flags.map((f) => f.id),
    ),
  };
}
